# From an independent tester (round 57): the message blamed a missing factor 2 of a square.
# backprop takes the number of samples as y_target.size (N times the number of outputs): right with one output,
# too small by a factor neurons[-1] otherwise. Only some shapes show it.
# kind: bug
# fails: test_backprop: the size of the targets
# self-check: test_backprop: the size of the targets
# %% backprop
def backprop(y_target, y_layer, df_layer, weights):
    N = y_target.size
    delta = (y_layer[-1] - y_target) * df_layer[-1]
    dw_layer, db_layer = [], []
    for j in range(len(weights) - 1, -1, -1):
        dw_layer.insert(0, y_layer[j].T @ delta / N)
        db_layer.insert(0, delta.sum(axis=0) / N)
        if j > 0:
            delta = backward_step(delta, weights[j], df_layer[j - 1])
    return dw_layer, db_layer
