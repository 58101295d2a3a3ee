# From an independent tester (round 57).
# Bug: a helper _sigmoid_prime defined in the sigmoid_backward cell memoises sigma'(z) by the SHAPE of z ("speed-up"),
# so a second call with another z of the same shape returns the first z's derivative. The helper is also used by
# sigmoid_layer_backward (helpers stay the student's when graded).
# kind: bug
# fails: test_sigmoid_backward
# fails: test_sigmoid_layer
# self-check: test_sigmoid_layer: keep something from one call to the next
# %% sigmoid_backward
_sp_cache = {}


def _sigmoid_prime(z):
    key = z.shape
    if key not in _sp_cache:
        s = sigmoid(z)
        _sp_cache[key] = s * (1 - s)
    return _sp_cache[key]


def sigmoid_backward(da, z):
    return da * _sigmoid_prime(z)
# %% sigmoid_layer_backward
def sigmoid_layer_backward(da, z, a_prev):
    dz = da * _sigmoid_prime(z)
    B = dz.shape[1]
    return dz @ a_prev.T / B, dz.sum(axis=1, keepdims=True) / B
