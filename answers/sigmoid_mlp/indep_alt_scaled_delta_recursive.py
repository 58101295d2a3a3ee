# backprop is recursive and folds the 1/N into the output Delta (Delta/N), which then carries down
# linearly, so every layer's gradient gets its 1/N; apply_net stores a copy of y_in as y_layer[0];
# train_net computes the cost with np.linalg.norm; train_mlp uses a generator for the steps. Correct.
# kind: alt
# %% train_mlp
def train_mlp(n_iterations=1000, learning_rate=3.0):
    net = SigmoidMLP([2, 4, 1])
    for _ in (k for k in range(int(n_iterations))):
        net.train(XOR_INPUTS, XOR_TARGETS, learning_rate)
    return net
# %% forward
def forward_step(y, w, b):
    z = np.matmul(y, w) + b[np.newaxis, :]
    f, df = net_f_df(z)
    return f, df


def apply_net(y_in, weights, biases):
    y_layer = [np.array(y_in, copy=True)]
    df_layer = []
    for w, b in zip(weights, biases):
        f, df = forward_step(y_layer[-1], w, b)
        y_layer += [f]
        df_layer += [df]
    return y_layer[-1], y_layer, df_layer
# %% backprop
def backprop(y_target, y_layer, df_layer, weights):
    N = y_target.shape[0]

    def down(j, delta):
        # gradients of layers 0..j given the (already 1/N-scaled) Delta of layer j + 1
        dw = y_layer[j].T @ delta
        db = delta.sum(axis=0)
        if j == 0:
            return [dw], [db]
        lower_w, lower_b = down(j - 1, backward_step(delta, weights[j], df_layer[j - 1]))
        return lower_w + [dw], lower_b + [db]

    top = (y_layer[-1] - y_target) * df_layer[-1] / N
    return down(len(weights) - 1, top)
# %% train_net
def train_net(y_in, y_target, weights, biases, eta):
    y_out, y_layer, df_layer = apply_net(y_in, weights, biases)
    cost = np.linalg.norm(y_out - y_target) ** 2 / (2 * len(y_in))
    dw_layer, db_layer = backprop(y_target, y_layer, df_layer, weights)
    new_weights, new_biases = gradient_step(weights, biases, dw_layer, db_layer, eta)
    return new_weights, new_biases, cost
