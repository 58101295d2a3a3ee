# From an independent tester (round 121): train_net returns the summed (not averaged) cost when the batch has more than 40 samples (the fit demo uses 100, the tests seem to use fewer).
# fails: test_train_net: it is N = 64 times C
# kind: bug
# %% train_net
def train_net(y_in, y_target, weights, biases, eta):
    y_out, y_layer, df_layer = apply_net(y_in, weights, biases)
    n = y_in.shape[0]
    cost = 0.5 * np.sum((y_out - y_target) ** 2) / (n if n <= 40 else 1)
    dw, db = backprop(y_target, y_layer, df_layer, weights)
    weights, biases = gradient_step(weights, biases, dw, db, eta)
    return weights, biases, cost
