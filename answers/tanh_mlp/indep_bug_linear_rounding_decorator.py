# From an independent tester (round 75): A "pretty print" decorator rounds every returned gradient to 2 decimals: errors up to 5e-3, should fail all three linear tests (float32 tolerance is far tighter).
# kind: bug
# fails: test_linear_dx: rounded to 2 decimal places
# fails: test_linear_dW
# fails: test_linear_db
# %% linear_backward
import functools

def rounded(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return tuple(np.round(g, 2) for g in fn(*args, **kwargs))
    return wrapper

@rounded
def linear_backward(dy, x, W, b):
    return W.T @ dy, np.outer(dy, x), np.array(dy, dtype=float)
