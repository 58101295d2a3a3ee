# Wrong axis for the bias gradient: delta.mean(axis=1) averages over the neurons, giving shape (N,) instead of
# (neurons,). The weight gradients are right.
# fails: test_backprop: one entry per sample
# %% backprop
def backprop(y_target, y_layer, df_layer, weights):
    N = y_target.shape[0]
    L = len(weights)
    dw_layer = [None] * L
    db_layer = [None] * L
    delta = (y_layer[-1] - y_target) * df_layer[-1]
    for j in range(L - 1, -1, -1):
        dw_layer[j] = y_layer[j].T @ delta / N
        db_layer[j] = delta.mean(axis=1)
        if j > 0:
            delta = backward_step(delta, weights[j], df_layer[j - 1])
    return dw_layer, db_layer
