# From a blind tester (round 128: the release notebook only, no tests read): stores pre-activations z and recomputes a stable sigmoid for derivatives; errstate f-f*f; 1/N folded into Delta
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

    @staticmethod
    def _sigmoid(z):
        e = np.exp(-np.abs(z))
        return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))

    def gradients(self, inputs, targets):
        zs = []
        a = inputs
        for layer in self.layers:
            z = layer.weights.dot(a) + layer.biases
            zs.append(z)
            a = self._sigmoid(z)
        B = targets.shape[1]
        n = len(self.layers)
        wg, bg = [0] * n, [0] * n
        delta = a - targets
        for m in reversed(range(n)):
            a_prev = inputs if m == 0 else self._sigmoid(zs[m - 1])
            wg[m] = delta.dot(a_prev.T) / B
            bg[m] = np.mean(delta, axis=1, keepdims=True)
            if m > 0:
                s = self._sigmoid(zs[m - 1])
                delta = self.layers[m].weights.T.dot(delta) * (s * (1 - s))
        return wg, bg

    def train(self, inputs, targets, learning_rate):
        wg, bg = self.gradients(inputs, targets)
        for m in range(len(self.layers)):
            self.layers[m].weights = self.layers[m].weights - learning_rate * wg[m]
            self.layers[m].biases = self.layers[m].biases - learning_rate * bg[m]
# %% train_mlp
def train_mlp(n_iterations=1000, learning_rate=3.0):
    net = SigmoidMLP([2, 4, 1])
    step = 0
    while step < n_iterations:
        net.train(XOR_INPUTS, XOR_TARGETS, learning_rate=learning_rate)
        step += 1
    return net
# %% net_f_df
def net_f_df(z):
    with np.errstate(over="ignore"):
        f = 1.0 / (1.0 + np.exp(-np.asarray(z, dtype=float)))
    return f, f - f * f
# %% forward
def forward_step(y, w, b):
    z = np.dot(y, w) + b[np.newaxis, :]
    f, df = net_f_df(z)
    return f, df


def apply_net(y_in, weights, biases):
    n_layers = len(weights)
    y_layer = [None] * (n_layers + 1)
    df_layer = [None] * n_layers
    y_layer[0] = y_in
    for j in range(n_layers):
        y_layer[j + 1], df_layer[j] = forward_step(y_layer[j], weights[j], biases[j])
    return y_layer[-1], y_layer, df_layer
# %% backward_step
def backward_step(delta, w, df):
    return (delta @ w.T) * df
# %% backprop
def backprop(y_target, y_layer, df_layer, weights):
    N = len(y_target)
    delta = np.multiply(y_layer[-1] - y_target, df_layer[-1]) / N   # the 1/N carried by Delta
    dw_layer, db_layer = [], []
    j = len(weights) - 1
    while True:
        dw_layer.insert(0, np.dot(y_layer[j].T, delta))
        db_layer.insert(0, np.sum(delta, axis=0))
        if j == 0:
            break
        delta = backward_step(delta, weights[j], df_layer[j - 1])
        j -= 1
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
    err = y_out - y_target
    cost = float(np.mean(np.sum(err * err, axis=1)) / 2)
    grads = backprop(y_target, y_layer, df_layer, weights)
    new_weights, new_biases = gradient_step(weights, biases, *grads, eta)
    return new_weights, new_biases, cost
