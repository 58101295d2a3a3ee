# Part 2: train_net returns the seed's cost formula ((y_target - y_out)**2).sum()/batchsize, which is twice
# the cost C = 1/(2N) sum ||y_out - y_target||^2 this notebook defines; the training step itself is right.
# fails: test_train_net: the 1/2 of C = 1/(2N) sum ||y_out - y_target||^2 is missing
# %% train_net
def train_net(y_in, y_target, weights, biases, eta): # one full training batch
    batchsize = y_in.shape[0]
    y_out_result, y_layer, df_layer = apply_net(y_in, weights, biases)
    dw_layer, db_layer = backprop(y_target, y_layer, df_layer, weights)
    weights, biases = gradient_step(weights, biases, dw_layer, db_layer, eta)
    cost=((y_target-y_out_result)**2).sum()/batchsize
    return weights, biases, cost
