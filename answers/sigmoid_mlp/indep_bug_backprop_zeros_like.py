# From an independent tester (round 106): backprop preallocates gradients with np.zeros_like(weights[j]): integer weights (allowed) give truncated integer gradients.
# kind: bug
# fails: test_backprop: it is an array of integers
# %% backprop
def backprop(y_target, y_layer, df_layer, weights):
    N = y_target.shape[0]
    L = len(weights)
    dw_layer = [np.zeros_like(w) for w in weights]
    db_layer = [np.zeros_like(w[0]) for w in weights]
    delta = (y_layer[-1] - y_target) * df_layer[-1]
    for j in range(L - 1, -1, -1):
        dw_layer[j][...] = y_layer[j].T @ delta / N
        db_layer[j][...] = delta.sum(axis=0) / N
        if j > 0:
            delta = backward_step(delta, weights[j], df_layer[j - 1])
    return dw_layer, db_layer
