# "Optimisation": sigmoid_backward caches sigmoid(z) in a module-level variable the first time and reuses
# it on every later call, so every call after the first uses the first call's z (state shared between calls).
# The first call is right.
# Known gap in the message: the first hidden call has another shape, so the cache raises ValueError and the
# message suggests a shape mistake, not state kept between calls (the points are lost all the same).
# fails: test_sigmoid_backward
# %% sigmoid_backward
_cache = {}

def sigmoid_backward(da, z):
    if "s" not in _cache:
        _cache["s"] = 1.0 / (1.0 + np.exp(-z))
    s = _cache["s"]
    return da * s * (1 - s)
