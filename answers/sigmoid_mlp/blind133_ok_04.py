# Blind round 133 (written from the release notebook alone, without the tests): mixed precision in Part 2: float32 activations/derivatives from net_f_df (sigma(z)*sigma(-z)), float64 products in backprop
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

    def _forward_all(self, x):
        out = [x]
        for layer in self.layers:
            out.append(layer(out[-1]))   # Layer.__call__ is the sigmoid of W a + b
        return out

    def gradients(self, inputs, targets):
        a = self._forward_all(inputs)
        batch = inputs.shape[1]
        delta = a[-1] - targets
        dW, db = [], []
        for m in range(len(self.layers), 0, -1):
            dW.append(np.dot(delta, a[m - 1].T) / batch)
            db.append(np.mean(delta, axis=1).reshape(-1, 1))
            if m > 1:
                delta = np.dot(self.layers[m - 1].weights.T, delta) * (a[m - 1] - a[m - 1] ** 2)
        dW.reverse()
        db.reverse()
        return dW, db

    def train(self, inputs, targets, learning_rate):
        dW, db = self.gradients(inputs, targets)
        for layer, gw, gb in zip(self.layers, dW, db):
            np.subtract(layer.weights, learning_rate * gw, out=layer.weights)
            np.subtract(layer.biases, learning_rate * gb, out=layer.biases)
# %% train_mlp
def train_mlp(n_iterations=1000, learning_rate=3.0):
    mlp = SigmoidMLP([2, 4, 1])
    x, t = XOR_INPUTS, XOR_TARGETS
    for _ in range(n_iterations):
        mlp.train(x, t, learning_rate)
    return mlp
# %% net_f_df
def net_f_df(z):
    z32 = np.asarray(z).astype(np.float32)
    with np.errstate(over="ignore"):
        f = np.float32(1) / (np.float32(1) + np.exp(-z32))      # sigma(z)
        g = np.float32(1) / (np.float32(1) + np.exp(z32))       # sigma(-z) = 1 - sigma(z), no cancellation
    return f, f * g
# %% forward
def forward_step(y, w, b):
    z = np.asarray(y, dtype=np.float64) @ np.asarray(w, dtype=np.float64) + b
    return net_f_df(z)


def apply_net(y_in, weights, biases):
    y_layer = [y_in]
    df_layer = []
    for w, b in zip(weights, biases):
        y_next, df = forward_step(y_layer[-1], w, b)
        y_layer.append(y_next)
        df_layer.append(df)
    return y_layer[-1], y_layer, df_layer
# %% backward_step
def backward_step(delta, w, df):
    back = np.asarray(delta, dtype=np.float64) @ np.asarray(w, dtype=np.float64).T
    return back * np.asarray(df, dtype=np.float64)
# %% backprop
def backprop(y_target, y_layer, df_layer, weights):
    N = len(y_target)
    delta = (np.asarray(y_layer[-1], dtype=np.float64) - y_target) * np.asarray(df_layer[-1], dtype=np.float64)
    dw_layer, db_layer = [], []
    j = len(weights) - 1
    while j >= 0:
        y_low = np.asarray(y_layer[j], dtype=np.float64)
        dw_layer.append(y_low.T @ delta / N)
        db_layer.append(delta.mean(axis=0))
        if j > 0:
            delta = backward_step(delta, weights[j], df_layer[j - 1])
        j -= 1
    return dw_layer[::-1], db_layer[::-1]
# %% gradient_step
def gradient_step(weights, biases, dw_layer, db_layer, eta):
    weights = [np.asarray(w, dtype=float) - eta * np.asarray(dw, dtype=float) for w, dw in zip(weights, dw_layer)]
    biases = [np.asarray(b, dtype=float) - eta * np.asarray(db, dtype=float) for b, db in zip(biases, db_layer)]
    return weights, biases
# %% train_net
def train_net(y_in, y_target, weights, biases, eta):
    y_out, y_layer, df_layer = apply_net(y_in, weights, biases)
    resid = np.asarray(y_out, dtype=np.float64) - y_target
    cost = float(np.sum(resid * resid)) / (2.0 * resid.shape[0])
    dw_layer, db_layer = backprop(y_target, y_layer, df_layer, weights)
    new_weights, new_biases = gradient_step(weights, biases, dw_layer, db_layer, eta)
    return new_weights, new_biases, cost
