# From an independent tester (round 92): backprop (seed 3's code): hidden layers' dw missing the /batchsize (only the output layer's is averaged).
# kind: bug
# fails: test_backprop
# %% backprop
def backprop(y_target, y_layer, df_layer, weights):
    num_layers = len(weights)
    batchsize = y_target.shape[0]
    dw_layer = [None] * num_layers
    db_layer = [None] * num_layers
    delta = (y_layer[-1] - y_target) * df_layer[-1]
    dw_layer[-1] = np.dot(np.transpose(y_layer[-2]), delta) / batchsize
    db_layer[-1] = delta.sum(0) / batchsize
    for j in range(num_layers - 1):
        delta = backward_step(delta, weights[-1 - j], df_layer[-2 - j])
        dw_layer[-2 - j] = np.dot(np.transpose(y_layer[-3 - j]), delta)
        db_layer[-2 - j] = delta.sum(0) / batchsize
    return dw_layer, db_layer
