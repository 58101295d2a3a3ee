# From an independent tester (round 37).
# Bug: backprop keeps its output arrays between calls (a buffer per weight shape, filled with out=),
# so a gradient it returned earlier changes when it is called again with the same shapes.
# fails: test_backprop: that its next call changed
# %% backprop
def backprop(y_target, y_layer, df_layer, weights, _bufs={}):
    N = y_target.shape[0]
    L = len(weights)
    delta = (y_layer[-1] - y_target) * df_layer[-1]
    dw, db = [None] * L, [None] * L
    for j in range(L - 1, -1, -1):
        key = (j, weights[j].shape)
        if key not in _bufs:
            _bufs[key] = (np.empty(weights[j].shape), np.empty(weights[j].shape[1]))
        gw, gb = _bufs[key]
        np.dot(y_layer[j].T, delta, out=gw)
        gw /= N
        np.sum(delta, axis=0, out=gb)
        gb /= N
        dw[j], db[j] = gw, gb
        if j > 0:
            delta = backward_step(delta, weights[j], df_layer[j - 1])
    return dw, db
