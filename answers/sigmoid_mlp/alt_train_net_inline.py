# Correct answers that do more by hand: train_net runs its own forward loop with forward_step and computes the
# cost with np.linalg.norm; apply_net preallocates its lists; forward_step computes f'(z) from f itself.
# kind: alt
# %% forward
def forward_step(y, w, b):
    f = net_f_df(y @ w + b)[0]
    return f, f * (1 - f)


def apply_net(y_in, weights, biases):
    n = len(weights)
    y_layer, df_layer = [None] * (n + 1), [None] * n
    y_layer[0] = y_in
    for j in range(n):
        y_layer[j + 1], df_layer[j] = forward_step(y_layer[j], weights[j], biases[j])
    return y_layer[n], y_layer, df_layer
# %% train_net
def train_net(y_in, y_target, weights, biases, eta):
    y_layer, df_layer = [y_in], []
    for w, b in zip(weights, biases):
        y, df = forward_step(y_layer[-1], w, b)
        y_layer.append(y)
        df_layer.append(df)
    cost = np.linalg.norm(y_layer[-1] - y_target) ** 2 / (2 * y_in.shape[0])
    dw_layer, db_layer = backprop(y_target, y_layer, df_layer, weights)
    return (*gradient_step(weights, biases, dw_layer, db_layer, eta), cost)
