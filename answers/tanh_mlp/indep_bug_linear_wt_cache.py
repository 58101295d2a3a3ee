# linear_backward caches W.T in a module-level dict keyed by W.shape ("transposing is expensive"). The second
# layer with the same shape but different weights (or the same layer after an update) gets the old W.T, so dx
# is wrong. dW and db are right. A test misses it if it uses each layer shape only once per process.
# Round 34: kept the point (no two layers of one shape); the hidden checks now run every shape twice.
# fails: test_linear_dx: keep something from one call to the next
# %% linear_backward
_WT_CACHE = {}

def linear_backward(dy, x, W, b):
    if W.shape not in _WT_CACHE:
        _WT_CACHE[W.shape] = W.T.copy()
    dx = _WT_CACHE[W.shape] @ dy
    dW = np.outer(dy, x)
    db = dy
    return dx, dW, db
