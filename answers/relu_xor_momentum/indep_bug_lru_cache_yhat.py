# yhat decorated with functools.lru_cache to "speed up" repeated calls: arrays are unhashable, so every
# call raises TypeError. Only test_yhat should fail (others use the reference yhat).
# fails: test_yhat: unhashable
# %% yhat
import functools

@functools.lru_cache(maxsize=None)
def yhat(X, params):
    """Output of the network for a batch (cached: bug)."""
    W, b, v, c = params
    return sigmoid(relu(X @ W + b) @ v + c)
