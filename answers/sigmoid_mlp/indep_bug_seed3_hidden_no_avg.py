# Real student bug from the seed homework (seed 3, backprop): only the output layer's dw is divided by the
# batch size; hidden layers' dw are the batch SUM (db is averaged everywhere).
# fails: test_backprop: it is N = 5 times the true gradient: the gradient of the sum over the 5 samples, but C is their mean; divide by N (or average over the samples). Worst
# %% backprop
def backprop(y_target, y_layer, df_layer, weights):
    batchsize = y_target.shape[0]
    NumLayers = len(weights)
    dw_layer = [None] * NumLayers
    db_layer = [None] * NumLayers
    delta = (y_layer[-1] - y_target) * df_layer[-1]
    dw_layer[-1] = np.dot(np.transpose(y_layer[-2]), delta) / batchsize
    db_layer[-1] = delta.sum(0) / batchsize
    for j in range(NumLayers - 1):
        delta = backward_step(delta, weights[-1 - j], df_layer[-2 - j])
        dw_layer[-2 - j] = np.dot(np.transpose(y_layer[-3 - j]), delta)
        db_layer[-2 - j] = delta.sum(0) / batchsize
    return dw_layer, db_layer
