# From an independent tester (round 106): net_f_df memoised on the bytes, shape and dtype of z (returning copies), and backprop built from Python lists via np.add.reduce.
# kind: alt
# score: full
# %% net_f_df
_NET_CACHE = {}


def net_f_df(z):
    z = np.asarray(z)
    key = (z.tobytes(), z.shape, z.dtype.str)
    if key not in _NET_CACHE:
        f = 1 / (1 + np.exp(-z.astype(float)))
        _NET_CACHE[key] = (f, f * (1 - f))
    f, df = _NET_CACHE[key]
    return f.copy(), df.copy()
# %% backprop
def backprop(y_target, y_layer, df_layer, weights):
    L = len(weights)
    N = len(y_target)
    delta = (y_layer[-1] - y_target) * df_layer[-1]
    dw_layer, db_layer = [], []
    for j in range(L - 1, -1, -1):
        rows = [np.outer(y_layer[j][s], delta[s]) for s in range(N)]
        dw_layer = [np.add.reduce(rows) / N] + dw_layer
        db_layer = [np.add.reduce(list(delta)) / N] + db_layer
        if j > 0:
            delta = backward_step(delta, weights[j], df_layer[j - 1])
    return dw_layer, db_layer
