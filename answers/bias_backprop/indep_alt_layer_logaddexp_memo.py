# From an independent tester (round 95): sigmoid_layer_backward written out: sigma via exp(-logaddexp(0, -z)), memoised on the values of all three arguments.
# kind: alt
# %% sigmoid_layer_backward
_layer_cache = {}

def sigmoid_layer_backward(da, z, a_prev):
    key = tuple((np.shape(x), np.asarray(x).dtype.str, np.asarray(x).tobytes()) for x in (da, z, a_prev))
    if key in _layer_cache:
        dW, db = _layer_cache[key]
        return dW.copy(), db.copy()
    s = np.exp(-np.logaddexp(0.0, -z))
    one_minus_s = np.exp(-np.logaddexp(0.0, z))
    dz = da * s * one_minus_s
    B = dz.shape[1]
    dW = dz @ a_prev.T / B
    db = dz.sum(axis=1, keepdims=True) / B
    _layer_cache[key] = (dW, db)
    return dW.copy(), db.copy()
