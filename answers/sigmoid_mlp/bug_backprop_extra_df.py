# Part 2: backprop multiplies by the lower layer's df again after backward_step, which already did: an extra
# f'(z) = a(1 - a) on every hidden layer (issue 17: an extra a(1 - a), named).
# fails: test_backprop: dw_layer[0]: an extra factor f'(z)
# %% backprop
def backprop(y_target, y_layer, df_layer, weights):
    N = y_target.shape[0]
    dw_layer, db_layer = [None] * len(weights), [None] * len(weights)
    delta = (y_layer[-1] - y_target) * df_layer[-1]
    for j in reversed(range(len(weights))):
        dw_layer[j] = y_layer[j].T @ delta / N
        db_layer[j] = delta.sum(axis=0) / N
        if j > 0:
            delta = backward_step(delta, weights[j], df_layer[j - 1]) * df_layer[j - 1]
    return dw_layer, db_layer
