# From an independent tester (round 54).
# train_net calls gradient_step(weights, dw_layer, biases, db_layer, eta): the arguments in another order than its
# signature. Broadcasting raises no error; the message said only "biases[0] has shape (2, 4), expected (4,)".
# fails: test_train_net: are gradient_step's arguments passed in its order
# self-check: test_train_net: are gradient_step's arguments passed in its order
# %% train_net
def train_net(y_in, y_target, weights, biases, eta):
    y_out, y_layer, df_layer = apply_net(y_in, weights, biases)
    cost = np.sum((y_out - y_target) ** 2) / (2 * y_in.shape[0])
    dw_layer, db_layer = backprop(y_target, y_layer, df_layer, weights)
    weights, biases = gradient_step(weights, dw_layer, biases, db_layer, eta)
    return weights, biases, cost
