# From an independent tester (round 106): backward_step, backprop and gradient_step computed in np.longdouble and converted back to float64.
# kind: alt
# score: full
# %% backward_step
def backward_step(delta, w, df):
    d = np.asarray(delta, dtype=np.longdouble)
    return ((d @ np.asarray(w, dtype=np.longdouble).T) * np.asarray(df, dtype=np.longdouble)).astype(np.float64)
# %% backprop
def backprop(y_target, y_layer, df_layer, weights):
    N = np.longdouble(y_target.shape[0])
    delta = (np.asarray(y_layer[-1], dtype=np.longdouble) - y_target) * np.asarray(df_layer[-1], dtype=np.longdouble)
    dw_layer = [None] * len(weights)
    db_layer = [None] * len(weights)
    for j in range(len(weights) - 1, -1, -1):
        dw_layer[j] = (np.asarray(y_layer[j], dtype=np.longdouble).T @ delta / N).astype(np.float64)
        db_layer[j] = (delta.sum(axis=0) / N).astype(np.float64)
        if j > 0:
            delta = np.asarray(backward_step(delta.astype(np.float64), weights[j], df_layer[j - 1]), dtype=np.longdouble)
    return dw_layer, db_layer
# %% gradient_step
def gradient_step(weights, biases, dw_layer, db_layer, eta):
    e = np.longdouble(eta)
    new_w = [(np.asarray(w, dtype=np.longdouble) - e * dw).astype(np.float64) for w, dw in zip(weights, dw_layer)]
    new_b = [(np.asarray(b, dtype=np.longdouble) - e * db).astype(np.float64) for b, db in zip(biases, db_layer)]
    return new_w, new_b
