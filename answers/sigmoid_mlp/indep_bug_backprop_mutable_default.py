# Mutable default arguments: backprop accumulates into dw_layer=[] / db_layer=[] defaults, so the lists
# survive between calls and the second call returns the first call's gradients plus new ones (too many
# entries, the wrong ones first).
# fails: test_backprop: add to a list of an earlier call
# %% backprop
def backprop(y_target, y_layer, df_layer, weights, dw_layer=[], db_layer=[]):
    N = y_target.shape[0]
    delta = (y_layer[-1] - y_target) * df_layer[-1]
    for j in range(len(weights) - 1, -1, -1):
        dw_layer.insert(0, y_layer[j].T @ delta / N)
        db_layer.insert(0, delta.sum(axis=0) / N)
        if j > 0:
            delta = backward_step(delta, weights[j], df_layer[j - 1])
    return dw_layer, db_layer
