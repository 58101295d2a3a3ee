# Part 2: backprop carries Delta down through weights[j] with df_layer[j] (the upper layer's f'(z)) instead of
# df_layer[j - 1]. The message names the call and the index (not "raised by your backprop"); backward_step and
# train_net keep their points.
# fails: test_backprop: carrying Delta down through weights[1] needs f'(z) of the layer below it, df_layer[0]
# %% backprop
def backprop(y_target, y_layer, df_layer, weights):
    n = y_target.shape[0]
    dw_layer, db_layer = [None] * len(weights), [None] * len(weights)
    delta = (y_layer[-1] - y_target) * df_layer[-1]
    for j in reversed(range(len(weights))):
        dw_layer[j] = y_layer[j].T @ delta / n
        db_layer[j] = delta.sum(axis=0) / n
        if j > 0:
            delta = backward_step(delta, weights[j], df_layer[j])
    return dw_layer, db_layer
