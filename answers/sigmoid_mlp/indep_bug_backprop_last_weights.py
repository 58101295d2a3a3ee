# From an independent tester (round 42).
# backprop carries Delta down with weights[-1] for every layer instead of weights[j]: right only with one hidden layer.
# Two messages, by the hidden network's drawn widths: where weights[-1] does not fit the step down, the reference
# backward_step refuses it and the message says 'weights[2] was already used by the step before'; where every
# layer above the input has one width (seen in CI: [1, 2, 2, 2]), the step runs and the gradient check names the
# layer and the call to look at ('backward_step(Delta, weights[1], df_layer[0])'). The failure alone is declared.
# fails: test_backprop
# %% backprop
def backprop(y_target, y_layer, df_layer, weights):
    N = y_target.shape[0]
    L = len(weights)
    dw_layer = [None] * L
    db_layer = [None] * L
    delta = (y_layer[-1] - y_target) * df_layer[-1]
    for j in reversed(range(L)):
        dw_layer[j] = y_layer[j].T.dot(delta) / N
        db_layer[j] = delta.sum(axis=0) / N
        if j > 0:
            delta = backward_step(delta, weights[-1], df_layer[j - 1])
    return dw_layer, db_layer
