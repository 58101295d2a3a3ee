# From an independent tester (round 75): sigmoid_backward under a decorator that rounds results to 6 decimals "for tidy printing": tiny derivatives far out (|z| >= 20) become 0, and others lose precision.
# kind: bug
# fails: test_sigmoid_backward: rounded to 6 decimal places
# %% sigmoid_backward
import functools


def tidy(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return np.round(fn(*args, **kwargs), 6)
    return wrapper


@tidy
def sigmoid_backward(da, z):
    s = sigmoid(z)
    return da * s * (1 - s)
