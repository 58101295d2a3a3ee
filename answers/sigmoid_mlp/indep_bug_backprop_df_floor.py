# From an independent tester (round 128): backprop floors every f'(z) at 1e-6 "so the gradient never vanishes": wrong for saturated units.
# kind: bug
# fails: test_backprop: Is f'(z) floored
# %% backprop
def backprop(y_target, y_layer, df_layer, weights):
    batch_size = y_target.shape[0]
    n_layers = len(weights)
    dw_layer, db_layer = [None] * n_layers, [None] * n_layers
    delta = (y_layer[-1] - y_target) * np.maximum(df_layer[-1], 1e-6)
    for j in reversed(range(n_layers)):
        dw_layer[j] = y_layer[j].T @ delta / batch_size
        db_layer[j] = delta.sum(axis=0) / batch_size
        if j > 0:
            delta = backward_step(delta, weights[j], np.maximum(df_layer[j - 1], 1e-6))
    return dw_layer, db_layer
