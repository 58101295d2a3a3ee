# Recursive formulations: apply_net recurses on the remaining layers, backprop recurses from the bottom
# (the gradient below is computed from the Delta returned by the recursive call above). train_mlp uses a
# while loop and the cell runs a small experiment after the definition (seeding numpy there is outside train_mlp).
# kind: alt
# %% forward
def forward_step(y, w, b):
    return net_f_df(y @ w + b)


def apply_net(y_in, weights, biases):
    if len(weights) == 0:
        return y_in, [y_in], []
    f, df = forward_step(y_in, weights[0], biases[0])
    y_out, y_rest, df_rest = apply_net(f, weights[1:], biases[1:])
    return y_out, [y_in] + y_rest, [df] + df_rest
# %% backprop
def backprop(y_target, y_layer, df_layer, weights):
    N = y_target.shape[0]

    def delta_of(j):
        # Delta of layer j + 1 (the layer that weights[j] feeds)
        if j == len(weights) - 1:
            return (y_layer[-1] - y_target) * df_layer[-1]
        return backward_step(delta_of(j + 1), weights[j + 1], df_layer[j])

    dw_layer, db_layer = [], []
    for j in range(len(weights)):
        d = delta_of(j)
        dw_layer.append(y_layer[j].T @ d / N)
        db_layer.append(d.sum(0) / N)
    return dw_layer, db_layer
# %% train_mlp
def train_mlp(n_iterations=1000, learning_rate=3.0):
    mlp = SigmoidMLP([2, 4, 1])
    done = 0
    while done < n_iterations:
        mlp.train(XOR_INPUTS, XOR_TARGETS, learning_rate)
        done += 1
    return mlp


# my own experiment: how often does a short training run already get XOR right?
_successes = 0
for _seed in range(5):
    np.random.seed(_seed)
    _net = train_mlp(300, 3.0)
    _successes += int(np.all(np.abs(_net(XOR_INPUTS) - XOR_TARGETS) < 0.2))
print("successes after 300 steps:", _successes, "/ 5")
