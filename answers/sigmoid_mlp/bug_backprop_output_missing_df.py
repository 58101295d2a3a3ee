# Part 2: backprop starts with Delta = y_out - y_target, Part 1's cross-entropy start, forgetting f'(z_out) of the
# quadratic cost; the message names it.
# fails: test_backprop: dw_layer[1]: the output Delta lacks f'(z_out)
# %% backprop
def backprop(y_target, y_layer, df_layer, weights):
    N = y_target.shape[0]
    dw_layer, db_layer = [None] * len(weights), [None] * len(weights)
    delta = y_layer[-1] - y_target
    for j in reversed(range(len(weights))):
        dw_layer[j] = y_layer[j].T @ delta / N
        db_layer[j] = delta.sum(axis=0) / N
        if j > 0:
            delta = backward_step(delta, weights[j], df_layer[j - 1])
    return dw_layer, db_layer
