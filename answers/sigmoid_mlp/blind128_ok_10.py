# From a blind tester (round 128: the release notebook only, no tests read): tensordot gradients and ones-vector bias sum; np.subtract(out=) train; _sigma helper; lambda gradient_step; norm-based cost
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
            acts.append(layer(acts[-1]))
        B = inputs.shape[1]
        delta = acts[-1] - targets
        wg = []
        bg = []
        for m in range(len(self.layers) - 1, -1, -1):
            wg = [np.tensordot(delta, acts[m], axes=([1], [1])) / B] + wg
            bg = [delta @ np.ones((B, 1)) / B] + bg
            if m:
                delta = np.tensordot(self.layers[m].weights, delta, axes=([0], [0])) * acts[m] * (1 - acts[m])
        return wg, bg

    def train(self, inputs, targets, learning_rate):
        grads = self.gradients(inputs, targets)
        for layer, dw, db in zip(self.layers, *grads):
            np.subtract(layer.weights, np.multiply(learning_rate, dw), out=layer.weights)
            np.subtract(layer.biases, np.multiply(learning_rate, db), out=layer.biases)
        return None
# %% train_mlp
def train_mlp(n_iterations=1000, learning_rate=3.0):
    net = SigmoidMLP([2, 4, 1])
    step = 0
    while step < n_iterations:
        net.train(XOR_INPUTS, XOR_TARGETS, learning_rate=learning_rate)
        step += 1
    return net
# %% net_f_df
def _sigma(z):
    return 1.0 / (1.0 + np.exp(-z))


def net_f_df(z):
    f = _sigma(np.array(z, dtype=float, copy=True))
    df = np.multiply(f, np.subtract(1.0, f))
    return f, df
# %% forward
def forward_step(y, w, b):
    return net_f_df(y @ w + b)


def apply_net(y_in, weights, biases):
    y_layer = [y_in]
    df_layer = []
    y = y_in
    for w, b in zip(weights, biases):
        y, df = forward_step(y, w, b)
        y_layer.append(y)
        df_layer.append(df)
    return y, y_layer, df_layer
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
