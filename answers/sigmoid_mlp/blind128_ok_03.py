# From a blind tester (round 128: the release notebook only, no tests read): einsum everywhere (gradients, forward_step, backward_step, backprop); recursive apply_net; np.subtract(out=) train
# kind: alt
# base: blank
# %% sigmoid_mlp
class SigmoidMLP:
    def __init__(self, layer_widths):
        """A stack of sigmoid layers; layer_widths = [inputs, hidden widths..., outputs]."""
        self.layers = []
        for inputs, outputs in zip(layer_widths[:-1], layer_widths[1:]):
            self.layers.append(Layer(inputs, outputs))

    def __call__(self, inputs):
        a = inputs
        for layer in self.layers:
            a = layer(a)
        return a

    def gradients(self, inputs, targets):
        acts = [inputs]
        for layer in self.layers:
            z = np.einsum('ij,jb->ib', layer.weights, acts[-1]) + layer.biases
            acts.append(1 / (1 + np.exp(-z)))
        B = inputs.shape[1]
        wg, bg = [], []
        delta = acts[-1] - targets
        for m in range(len(self.layers), 0, -1):
            wg.append(np.einsum('ib,jb->ij', delta, acts[m - 1]) / B)
            bg.append(np.einsum('ib->i', delta)[:, None] / B)
            if m > 1:
                a = acts[m - 1]
                delta = np.einsum('ji,jb->ib', self.layers[m - 1].weights, delta) * (a * (1 - a))
        return wg[::-1], bg[::-1]

    def train(self, inputs, targets, learning_rate):
        grads = self.gradients(inputs, targets)
        for layer, dw, db in zip(self.layers, *grads):
            np.subtract(layer.weights, np.multiply(learning_rate, dw), out=layer.weights)
            np.subtract(layer.biases, np.multiply(learning_rate, db), out=layer.biases)
        return None
# %% train_mlp
def train_mlp(n_iterations=1000, learning_rate=3.0):
    mlp = SigmoidMLP(layer_widths=[2, 4, 1])
    x, t = XOR_INPUTS, XOR_TARGETS
    for i in range(1, n_iterations + 1):
        mlp.train(x, t, learning_rate)
    return mlp
# %% net_f_df
def net_f_df(z):
    with np.errstate(over="ignore"):
        f = 1.0 / (1.0 + np.exp(-np.asarray(z, dtype=float)))
    return f, f - f * f
# %% forward
def forward_step(y, w, b):
    z = np.einsum('ni,ij->nj', y, w) + b
    return tuple(net_f_df(z))


def apply_net(y_in, weights, biases):
    if len(weights) == 0:
        return y_in, [y_in], []
    y_next, df = forward_step(y_in, weights[0], biases[0])
    y_out, rest_y, rest_df = apply_net(y_next, weights[1:], biases[1:])
    return y_out, [y_in] + rest_y, [df] + rest_df
# %% backward_step
def backward_step(delta, w, df):
    return np.einsum('nu,lu->nl', delta, w) * df
# %% backprop
def backprop(y_target, y_layer, df_layer, weights):
    N = y_target.shape[0]
    deltas = [(y_layer[-1] - y_target) * df_layer[-1]]
    for j in reversed(range(1, len(weights))):
        deltas.insert(0, backward_step(deltas[0], weights[j], df_layer[j - 1]))
    dw_layer = [np.einsum('ni,nj->ij', y_layer[j], deltas[j]) / N for j in range(len(weights))]
    db_layer = [d.mean(axis=0) for d in deltas]
    return dw_layer, db_layer
# %% gradient_step
def gradient_step(weights, biases, dw_layer, db_layer, eta):
    step = lambda params, grads: [np.subtract(p, np.multiply(eta, g)) for p, g in zip(params, grads)]
    return step(weights, dw_layer), step(biases, db_layer)
# %% train_net
def train_net(y_in, y_target, weights, biases, eta):
    N = len(y_in)
    y_out, y_layer, df_layer = apply_net(y_in, weights, biases)
    cost = np.linalg.norm(y_out - y_target) ** 2 / (2 * N)
    dw_layer, db_layer = backprop(y_target, y_layer, df_layer, weights)
    result = gradient_step(weights, biases, dw_layer, db_layer, eta)
    return result[0], result[1], cost
