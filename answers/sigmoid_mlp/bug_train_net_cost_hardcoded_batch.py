# Part 2: train_net's cost divides by 2 * 5, the visible check's batch size, instead of 2N: the visible check
# passes, the hidden ones name the hard-coded size.
# fails: test_train_net: the batch size 5 of the visible test is hard-coded
# %% train_net
def train_net(y_in, y_target, weights, biases, eta):
    y_out, y_layer, df_layer = apply_net(y_in, weights, biases)
    dw_layer, db_layer = backprop(y_target, y_layer, df_layer, weights)
    weights, biases = gradient_step(weights, biases, dw_layer, db_layer, eta)
    return weights, biases, np.sum((y_out - y_target) ** 2) / (2 * 5)
