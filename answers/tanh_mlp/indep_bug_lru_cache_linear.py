# Student decorates linear_backward with functools.lru_cache "to speed up repeated calls": numpy arrays
# are unhashable, so every call raises TypeError.
# fails: test_linear_dx: unhashable
# fails: test_linear_dW: unhashable
# fails: test_linear_db: unhashable
# %% linear_backward
import functools

@functools.lru_cache(maxsize=None)
def linear_backward(dy, x, W, b):
    return W.T @ dy, np.outer(dy, x), dy
