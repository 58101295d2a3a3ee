# From an independent tester (round 97): train_net's cost is np.mean((y_out - y_target)**2), i.e. also averaged over the outputs: equals C only with two outputs.
# kind: bug
# fails: test_train_net
# %% train_net
def train_net(y_in, y_target, weights, biases, eta):
    y_out, y_layer, df_layer = apply_net(y_in, weights, biases)
    cost = np.mean((y_out - y_target) ** 2)
    dw, db = backprop(y_target, y_layer, df_layer, weights)
    weights, biases = gradient_step(weights, biases, dw, db, eta)
    return weights, biases, cost
