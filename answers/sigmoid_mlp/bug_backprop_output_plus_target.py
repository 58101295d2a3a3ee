# Part 2: backprop starts with (y_out + y_target) * f'(z_out), a sign slip in the output error.
# fails: test_backprop: dw_layer[1]: y_target is added at the output (a sign slip)
# %% backprop
def backprop(y_target, y_layer, df_layer, weights):
    n = y_target.shape[0]
    dw_layer, db_layer = [None] * len(weights), [None] * len(weights)
    delta = (y_layer[-1] + y_target) * df_layer[-1]
    for j in reversed(range(len(weights))):
        dw_layer[j] = y_layer[j].T @ delta / n
        db_layer[j] = delta.sum(axis=0) / n
        if j > 0:
            delta = backward_step(delta, weights[j], df_layer[j - 1])
    return dw_layer, db_layer
