# Part 2: backprop divides by 5, the batch size of the visible check, instead of N = y_target.shape[0]: the
# visible check passes, the hidden ones (other batch sizes) name the hard-coded size (issue 17 item 2).
# fails: test_backprop: the batch size 5 of the visible test is hard-coded
# %% backprop
def backprop(y_target, y_layer, df_layer, weights):
    dw_layer, db_layer = [None] * len(weights), [None] * len(weights)
    delta = (y_layer[-1] - y_target) * df_layer[-1]
    for j in reversed(range(len(weights))):
        dw_layer[j] = y_layer[j].T @ delta / 5
        db_layer[j] = delta.sum(axis=0) / 5
        if j > 0:
            delta = backward_step(delta, weights[j], df_layer[j - 1])
    return dw_layer, db_layer
