# From an independent tester (round 94): train_net divides the cost by max(y_in.shape) (assumes the batch is the larger dimension): wrong when N < neurons[0].
# kind: bug
# fails: test_train_net
# %% train_net
def train_net(y_in, y_target, weights, biases, eta):
    y_out, y_layer, df_layer = apply_net(y_in, weights, biases)
    cost = 0.5 * np.sum((y_out - y_target) ** 2) / max(y_in.shape)
    dw, db = backprop(y_target, y_layer, df_layer, weights)
    weights, biases = gradient_step(weights, biases, dw, db, eta)
    return weights, biases, cost
