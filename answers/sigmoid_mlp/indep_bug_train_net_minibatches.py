# From an independent tester (round 98): train_net splits batches larger than 8 into minibatches of 8 and takes one step per minibatch (the cost is still of the whole batch before training): right only for N <= 8.
# kind: bug
# fails: test_train_net
# %% train_net
def train_net(y_in, y_target, weights, biases, eta):
    y_out, y_layer, df_layer = apply_net(y_in, weights, biases)
    cost = 0.5 * np.sum((y_out - y_target) ** 2) / y_in.shape[0]
    for start in range(0, y_in.shape[0], 8):
        _, yl, dfl = apply_net(y_in[start:start + 8], weights, biases)
        dw, db = backprop(y_target[start:start + 8], yl, dfl, weights)
        weights, biases = gradient_step(weights, biases, dw, db, eta)
    return weights, biases, cost
