# From an independent tester (round 92): train_net (seed 3's code): cost = sum((y_target - y_out)**2) / batchsize, missing the 1/2 of C.
# kind: bug
# fails: test_train_net
# %% train_net
def train_net(y_in, y_target, weights, biases, eta):
    y_out_result, y_layer, df_layer = apply_net(y_in, weights, biases)
    dw_layer, db_layer = backprop(y_target, y_layer, df_layer, weights)
    weights, biases = gradient_step(weights, biases, dw_layer, db_layer, eta)
    batchsize = y_in.shape[0]
    cost = ((y_target - y_out_result) ** 2).sum() / batchsize
    return weights, biases, cost
