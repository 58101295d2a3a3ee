# Recursive apply_net and backprop (backprop recurses down the layers, carrying Delta), gradient_step as
# new lists built with map; train_net computes the cost with np.einsum. All correct.
# kind: alt
# %% forward
def forward_step(y, w, b):
    f, df = net_f_df(y @ w + b[np.newaxis, :])
    return f, df


def apply_net(y_in, weights, biases):
    if len(weights) == 0:
        return y_in, [y_in], []
    f, df = forward_step(y_in, weights[0], biases[0])
    y_out, ys, dfs = apply_net(f, weights[1:], biases[1:])
    return y_out, [y_in] + ys, [df] + dfs
# %% backprop
def _backprop_down(j, delta, y_layer, df_layer, weights, N, dw, db):
    dw[j] = y_layer[j].T @ delta / N
    db[j] = delta.sum(0) / N
    if j > 0:
        _backprop_down(j - 1, backward_step(delta, weights[j], df_layer[j - 1]), y_layer, df_layer, weights, N, dw, db)


def backprop(y_target, y_layer, df_layer, weights):
    L = len(weights)
    dw, db = [None] * L, [None] * L
    _backprop_down(L - 1, (y_layer[-1] - y_target) * df_layer[-1], y_layer, df_layer, weights, len(y_target), dw, db)
    return dw, db
# %% gradient_step
def gradient_step(weights, biases, dw_layer, db_layer, eta):
    return (list(map(lambda p, g: p - eta * g, weights, dw_layer)),
            list(map(lambda p, g: p - eta * g, biases, db_layer)))
# %% train_net
def train_net(y_in, y_target, weights, biases, eta):
    y_out, y_layer, df_layer = apply_net(y_in, weights, biases)
    diff = y_out - y_target
    cost = 0.5 * np.einsum('sk,sk->', diff, diff) / y_in.shape[0]
    dw_layer, db_layer = backprop(y_target, y_layer, df_layer, weights)
    new_w, new_b = gradient_step(weights, biases, dw_layer, db_layer, eta)
    return new_w, new_b, float(cost)
