# Part 2: train_net computes the cost after the step (a second forward pass with the new parameters) instead of
# the cost of the batch it trained on.
# fails: test_train_net: it is the cost after the step
# %% train_net
def train_net(y_in, y_target, weights, biases, eta):
    y_out, y_layer, df_layer = apply_net(y_in, weights, biases)
    dw_layer, db_layer = backprop(y_target, y_layer, df_layer, weights)
    weights, biases = gradient_step(weights, biases, dw_layer, db_layer, eta)
    y_new = apply_net(y_in, weights, biases)[0]
    return weights, biases, np.sum((y_new - y_target) ** 2) / (2 * len(y_in))
