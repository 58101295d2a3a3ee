# The backprop cell does not parse (an unclosed bracket), so backprop is never defined: its test fails with a
# NameError; everything else still earns its points (train_net is graded with the reference backprop).
# fails: test_backprop: name 'backprop' is not defined
# %% backprop
def backprop(y_target, y_layer, df_layer, weights):
    N = y_target.shape[0]
    dw_layer, db_layer = [], []
    delta = (y_layer[-1] - y_target) * df_layer[-1]
    for j in reversed(range(len(weights)):
        dw_layer.insert(0, y_layer[j].T @ delta / N)
        db_layer.insert(0, delta.mean(axis=0))
        if j > 0:
            delta = backward_step(delta, weights[j], df_layer[j - 1])
    return dw_layer, db_layer
