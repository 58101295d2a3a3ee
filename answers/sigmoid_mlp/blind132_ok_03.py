# Blind round 132 (written from the release notebook alone, without the tests): Mixed precision: float32 activations (z.astype(float32)) multiplied with float64 arrays for the gradients; recursive backward in Part 1
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

    def _forward(self, inputs):
        acts = [np.asarray(inputs, dtype=np.float64)]
        for layer in self.layers:
            z = layer.weights @ acts[-1] + layer.biases
            z32 = z.astype(np.float32)
            acts.append(1.0 / (1.0 + np.exp(-z32)))   # float32 activation
        return acts

    def _back(self, m, delta, acts, gw, gb):
        B = delta.shape[1]
        gw[m] = np.matmul(delta, acts[m].T.astype(np.float64)) / B
        gb[m] = np.mean(delta, axis=1).reshape(-1, 1)
        if m == 0:
            return
        a = acts[m]
        below = np.matmul(self.layers[m].weights.T, delta) * (a * (1 - a))  # float64 * float32 -> float64
        self._back(m - 1, below, acts, gw, gb)

    def gradients(self, inputs, targets):
        acts = self._forward(inputs)
        gw = [None] * len(self.layers)
        gb = [None] * len(self.layers)
        delta = acts[-1] - np.asarray(targets, dtype=np.float64)
        self._back(len(self.layers) - 1, delta, acts, gw, gb)
        return gw, gb

    def train(self, inputs, targets, learning_rate):
        grads = self.gradients(inputs, targets)
        for layer, dw, db in zip(self.layers, *grads):
            np.subtract(layer.weights, learning_rate * dw, out=layer.weights)
            np.subtract(layer.biases, learning_rate * db, out=layer.biases)
# %% train_mlp
def train_mlp(n_iterations=1000, learning_rate=3.0):
    model = SigmoidMLP([2, 4, 1])
    for i in range(int(n_iterations)):
        model.train(XOR_INPUTS, XOR_TARGETS, learning_rate=learning_rate)
    return model
# %% net_f_df
def net_f_df(z):
    z32 = np.asarray(z).astype(np.float32)
    f = np.float32(1) / (np.float32(1) + np.exp(-z32))     # float32 sigma(z)
    g = 1.0 / (1.0 + np.exp(z32.astype(np.float64)))       # float64 sigma(-z)
    return f, f * g                                        # float32 * float64 -> float64
# %% forward
def forward_step(y, w, b):
    return net_f_df(y @ w + b)


def apply_net(y_in, weights, biases):
    y_layer = [y_in]
    df_layer = []
    for k in range(len(weights)):
        nxt, d = forward_step(y_layer[k], weights[k], biases[k])
        y_layer.append(nxt)
        df_layer.append(d)
    return y_layer[-1], y_layer, df_layer
# %% backward_step
def backward_step(delta, w, df):
    return np.multiply(np.matmul(delta, np.transpose(w)), df)
# %% backprop
def backprop(y_target, y_layer, df_layer, weights):
    N = len(y_target)
    L = len(weights)
    deltas = [None] * L
    deltas[L - 1] = (y_layer[L] - y_target) * df_layer[L - 1]
    for j in range(L - 1, 0, -1):
        deltas[j - 1] = backward_step(deltas[j], weights[j], df_layer[j - 1])
    dw_layer = [np.matmul(np.transpose(y_layer[j]), deltas[j]) / N for j in range(L)]
    db_layer = [np.sum(deltas[j], axis=0) / N for j in range(L)]
    return dw_layer, db_layer
# %% gradient_step
def gradient_step(weights, biases, dw_layer, db_layer, eta):
    for j in range(len(weights)):
        weights[j] = weights[j] - eta * dw_layer[j]
        biases[j] = biases[j] - eta * db_layer[j]
    return weights, biases
# %% train_net
def train_net(y_in, y_target, weights, biases, eta):
    y_out, y_layer, df_layer = apply_net(y_in, weights, biases)
    N = y_in.shape[0]
    cost = np.sum(np.square(y_out - y_target)) / (2.0 * N)
    dw, db = backprop(y_target, y_layer, df_layer, weights)
    weights, biases = gradient_step(weights, biases, dw, db, eta)
    return weights, biases, cost
