# Blind round 132 (written from the release notebook alone, without the tests): float32 logaddexp form computed in float32, cast back to float64 before returning; Part 1 float32 hidden layers
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
    def _act(z):
        z = z.astype(np.float32)
        return np.exp(-np.logaddexp(np.float32(0), -z))

    def gradients(self, inputs, targets):
        x = np.asarray(inputs, dtype=np.float32)
        acts = [x]
        for layer in self.layers:
            acts.append(self._act(layer.weights.astype(np.float32) @ acts[-1] + layer.biases.astype(np.float32)))
        inv_B = np.float32(1.0 / x.shape[1])
        delta = acts[-1] - targets.astype(np.float32)
        gw = [None] * len(self.layers)
        gb = [None] * len(self.layers)
        for m in range(len(self.layers) - 1, -1, -1):
            gw[m] = (delta @ acts[m].T * inv_B).astype(np.float64)
            gb[m] = (delta.sum(axis=1, keepdims=True) * inv_B).astype(np.float64)
            if m:
                a = acts[m]
                delta = (self.layers[m].weights.T.astype(np.float32) @ delta) * a * (np.float32(1) - a)
        return gw, gb

    def train(self, inputs, targets, learning_rate):
        gw, gb = self.gradients(inputs, targets)
        for layer, dw, db in zip(self.layers, gw, gb):
            layer.weights = layer.weights - learning_rate * dw
            layer.biases = layer.biases - learning_rate * db
        return None
# %% train_mlp
def train_mlp(n_iterations=1000, learning_rate=3.0):
    mlp = SigmoidMLP([2, 4, 1])
    for _ in range(n_iterations):
        SigmoidMLP.train(mlp, XOR_INPUTS, XOR_TARGETS, learning_rate)
    return mlp
# %% net_f_df
def net_f_df(z):
    z32 = np.asarray(z, dtype=np.float32)
    zero = np.float32(0)
    lp = -np.logaddexp(zero, -z32)      # log sigma(z), float32
    lm = -np.logaddexp(zero, z32)       # log sigma(-z), float32
    return np.exp(lp).astype(np.float64), np.exp(lp + lm).astype(np.float64)
# %% forward
def forward_step(y, w, b):
    z = np.asarray(y, np.float32) @ np.asarray(w, np.float32) + np.asarray(b, np.float32)
    return net_f_df(z)


def apply_net(y_in, weights, biases):
    ys = [y_in]
    dfs = []
    for pair in zip(weights, biases):
        f, df = forward_step(ys[-1], *pair)
        ys.append(f)
        dfs.append(df)
    return ys[-1], ys, dfs
# %% backward_step
def backward_step(delta, w, df):
    out = (np.asarray(delta, np.float32) @ np.asarray(w, np.float32).T) * np.asarray(df, np.float32)
    return out.astype(np.float64)
# %% backprop
def backprop(y_target, y_layer, df_layer, weights):
    L = len(weights)
    n = np.float32(y_target.shape[0])
    d = ((np.asarray(y_layer[-1], np.float32) - np.asarray(y_target, np.float32))
         * np.asarray(df_layer[-1], np.float32))
    dw = [None] * L
    db = [None] * L
    for j in reversed(range(L)):
        dw[j] = (np.asarray(y_layer[j], np.float32).T @ d / n).astype(np.float64)
        db[j] = (d.sum(axis=0) / n).astype(np.float64)
        if j:
            d = np.asarray(backward_step(d, weights[j], df_layer[j - 1]), np.float32)
    return dw, db
# %% gradient_step
def gradient_step(weights, biases, dw_layer, db_layer, eta):
    weights = [w - eta * g for w, g in zip(weights, dw_layer)]
    biases = [b - eta * g for b, g in zip(biases, db_layer)]
    return weights, biases
# %% train_net
def train_net(y_in, y_target, weights, biases, eta):
    y_out, y_layer, df_layer = apply_net(y_in, weights, biases)
    cost = float(np.mean(np.sum((y_out - y_target) ** 2, axis=1)) / 2)
    dw, db = backprop(y_target, y_layer, df_layer, weights)
    w_new, b_new = gradient_step(weights, biases, dw, db, eta)
    return w_new, b_new, cost
