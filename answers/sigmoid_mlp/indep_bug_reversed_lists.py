# backprop appends the gradients from the output layer down and forgets to reverse the lists (dw_layer[0] is the
# output layer's gradient).
# fails: test_backprop: holds the right gradients in reverse order
# %% backprop
def backprop(y_target, y_layer, df_layer, weights):
    N = y_target.shape[0]
    delta = (y_layer[-1] - y_target) * df_layer[-1]
    dw_layer, db_layer = [], []
    for j in range(len(weights) - 1, -1, -1):
        dw_layer.append(y_layer[j].T @ delta / N)
        db_layer.append(delta.sum(axis=0) / N)
        if j > 0:
            delta = backward_step(delta, weights[j], df_layer[j - 1])
    return dw_layer, db_layer
