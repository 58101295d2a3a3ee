# From an independent tester (round 56): passed its own visible cell.
# backprop always uses df_layer[-2] (the layer just below the output) for the hidden Delta, which the student
# wrote while thinking of one hidden layer; right for [2, 3, 2], wrong for deeper networks.
# kind: bug
# fails: test_backprop
# self-check: test_backprop: backprop for layer sizes [2, 3, 4, 2]
# %% backprop
def backprop(y_target, y_layer, df_layer, weights):
    N = y_target.shape[0]
    L = len(weights)
    dw_layer, db_layer = [None] * L, [None] * L
    delta = (y_layer[-1] - y_target) * df_layer[-1]
    for j in range(L - 1, -1, -1):
        dw_layer[j] = y_layer[j].T @ delta / N
        db_layer[j] = delta.sum(axis=0) / N
        if j > 0:
            delta = backward_step(delta, weights[j], df_layer[-2])
    return dw_layer, db_layer
