# Part 2: train_net calls backprop(y_layer, y_target, ...), the first two arguments swapped. When graded backprop is
# the instructor's (guarded), and the message names the call and the order its arguments must have.
# fails: test_train_net: it called backprop(y_target=y_layer, y_layer=y_target (shape (5, 2)), df_layer=df_layer, weights=weights): the arguments are in the wrong order
# %% train_net
def train_net(y_in, y_target, weights, biases, eta):
    y_out, y_layer, df_layer = apply_net(y_in, weights, biases)
    dw_layer, db_layer = backprop(y_layer, y_target, df_layer, weights)
    weights, biases = gradient_step(weights, biases, dw_layer, db_layer, eta)
    return weights, biases, np.sum((y_out - y_target) ** 2) / (2 * y_in.shape[0])
