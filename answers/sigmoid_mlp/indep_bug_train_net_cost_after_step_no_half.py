# From an independent tester (round 73): train_net returns the cost of a forward pass made after the step, and without the 1/2: two slips at once.
# kind: bug
# fails: test_train_net: two slips: it is the cost after the step
# %% train_net
def train_net(y_in, y_target, weights, biases, eta):
    y_out, y_layer, df_layer = apply_net(y_in, weights, biases)
    dw_layer, db_layer = backprop(y_target, y_layer, df_layer, weights)
    weights, biases = gradient_step(weights, biases, dw_layer, db_layer, eta)
    y_new = apply_net(y_in, weights, biases)[0]
    cost = np.sum((y_new - y_target) ** 2) / y_in.shape[0]
    return weights, biases, cost
