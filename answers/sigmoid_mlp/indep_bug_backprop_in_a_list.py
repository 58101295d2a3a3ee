# From an independent tester (round 9): a backprop bug cost test_train_net: reached through a global list.
# backprop starts from Delta = y_out - y_target (Part 1's cross-entropy shortcut), missing f'(z) at the output.
# train_net is right but reaches apply_net/backprop/gradient_step through a module-level list.
# fails: test_backprop
# %% backprop
def backprop(y_target, y_layer, df_layer, weights):
    N = y_target.shape[0]
    delta = y_layer[-1] - y_target
    dw_layer, db_layer = [], []
    for j in range(len(weights) - 1, -1, -1):
        dw_layer.insert(0, y_layer[j].T @ delta / N)
        db_layer.insert(0, delta.sum(axis=0) / N)
        if j > 0:
            delta = backward_step(delta, weights[j], df_layer[j - 1])
    return dw_layer, db_layer
# %% train_net
_STEPS = [apply_net, backprop, gradient_step]


def train_net(y_in, y_target, weights, biases, eta):
    fwd, bwd, upd = _STEPS
    y_out, y_layer, df_layer = fwd(y_in, weights, biases)
    cost = np.sum((y_out - y_target) ** 2) / (2 * len(y_in))
    dw, db = bwd(y_target, y_layer, df_layer, weights)
    weights, biases = upd(weights, biases, dw, db, eta)
    return weights, biases, cost
