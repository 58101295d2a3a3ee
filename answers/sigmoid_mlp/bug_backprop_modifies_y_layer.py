# Part 2: backprop computes the output Delta in place in y_layer[-1] (delta = y_layer[-1]; delta -= y_target):
# the gradients are right, but it changes the y_layer it was given, which the notebook forbids.
# fails: test_backprop: changed y_layer in place
# %% backprop
def backprop(y_target, y_layer, df_layer, weights):
    N = y_target.shape[0]
    dw_layer, db_layer = [None] * len(weights), [None] * len(weights)
    delta = y_layer[-1]
    delta -= y_target
    delta *= df_layer[-1]
    for j in reversed(range(len(weights))):
        dw_layer[j] = y_layer[j].T @ delta / N
        db_layer[j] = delta.sum(axis=0) / N
        if j > 0:
            delta = backward_step(delta, weights[j], df_layer[j - 1])
    return dw_layer, db_layer
