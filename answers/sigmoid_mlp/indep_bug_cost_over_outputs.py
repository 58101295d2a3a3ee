# From an independent tester (round 55).
# train_net's cost sums over the samples and divides by 2 x the number of outputs. With as many inputs as outputs
# the message asked first about the inputs; it now names the outputs only.
# fails: test_train_net: it divides by 2 x the number of outputs
# self-check: test_train_net: it divides by 2 x the number of outputs
# %% train_net
def train_net(y_in, y_target, weights, biases, eta):
    y_out, y_layer, df_layer = apply_net(y_in, weights, biases)
    cost = 0.5 * np.mean(np.sum((y_out - y_target) ** 2, axis=0))
    dw_layer, db_layer = backprop(y_target, y_layer, df_layer, weights)
    weights, biases = gradient_step(weights, biases, dw_layer, db_layer, eta)
    return weights, biases, cost
