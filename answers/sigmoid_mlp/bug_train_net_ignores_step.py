# Part 2: train_net calls gradient_step but returns the parameters it was given, as if every gradient_step
# updated them in place (the seed's habit). The task says train_net returns what gradient_step returned; with a
# gradient_step that builds new lists (the instructor's, and many students') nothing is trained. The message says so.
# fails: test_train_net: train_net must return the parameters that gradient_step returns
# %% train_net
def train_net(y_in, y_target, weights, biases, eta):
    y_out, y_layer, df_layer = apply_net(y_in, weights, biases)
    dw_layer, db_layer = backprop(y_target, y_layer, df_layer, weights)
    gradient_step(weights, biases, dw_layer, db_layer, eta)
    cost = np.sum((y_out - y_target) ** 2) / (2 * y_in.shape[0])
    return weights, biases, cost
