# From an independent tester (round 106): backprop unrolls the step into the first hidden layer before its loop, so a network with one layer (no hidden) crashes.
# kind: bug
# fails: test_backprop: This network has no hidden layer
# %% backprop
def backprop(y_target, y_layer, df_layer, weights):
    N = y_target.shape[0]
    L = len(weights)
    dw_layer = [None] * L
    db_layer = [None] * L
    delta = (y_layer[-1] - y_target) * df_layer[-1]
    dw_layer[-1] = y_layer[-2].T @ delta / N
    db_layer[-1] = delta.sum(axis=0) / N
    delta = backward_step(delta, weights[-1], df_layer[-2])
    for j in range(L - 2, -1, -1):
        dw_layer[j] = y_layer[j].T @ delta / N
        db_layer[j] = delta.sum(axis=0) / N
        if j > 0:
            delta = backward_step(delta, weights[j], df_layer[j - 1])
    return dw_layer, db_layer
