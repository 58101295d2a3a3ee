# Part 2: the seed's habit of globals: train_net divides the cost by a global batchsize (set to the demo's 100 in
# the same cell) instead of the batch it was given, so the cost is wrong for any other batch. The tests pass
# their own batches, which is how "no global variables inside your functions" is checked.
# fails: test_train_net: but the batch's cost before the step is
# %% train_net
batchsize = 100


def train_net(y_in, y_target, weights, biases, eta):
    y_out, y_layer, df_layer = apply_net(y_in, weights, biases)
    dw_layer, db_layer = backprop(y_target, y_layer, df_layer, weights)
    weights, biases = gradient_step(weights, biases, dw_layer, db_layer, eta)
    cost = ((y_target - y_out) ** 2).sum() / (2 * batchsize)
    return weights, biases, cost
