# From an independent tester (round 75): softmax wrapped by a "pretty print" decorator that rounds results to 6 decimals: errors up to 5e-7, far over the 1e-9 tolerance of the softmax tests; worked answers (tolerance 1e-6 of the largest entry) and forward's test (instructor softmax) should not notice.
# kind: bug
# fails: test_softmax: rounded to 6 decimal places
# fails: test_softmax_batch
# %% softmax
import functools

def rounded(decimals):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            return np.round(fn(*args, **kwargs), decimals)
        return wrapper
    return deco

@rounded(6)
def softmax(z):
    z = np.asarray(z, dtype=float)
    e = np.exp(z - z.max(axis=0, keepdims=True))
    return e / e.sum(axis=0, keepdims=True)
