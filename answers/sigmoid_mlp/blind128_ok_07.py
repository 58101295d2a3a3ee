# From a blind tester (round 128: the release notebook only, no tests read): reversed zip over (layer, a_in, a_out) with matmul; setattr train; logaddexp sigmoid
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
        B = np.shape(inputs)[1]
        delta = np.subtract(acts[-1], targets)
        wg, bg = [], []
        pairs = list(zip(self.layers, acts[:-1], acts[1:]))
        for idx, (layer, a_in, a_out) in enumerate(reversed(pairs)):
            if idx > 0:
                delta = np.multiply(np.matmul(upper_w.T, delta), np.multiply(a_out, 1 - a_out))
            wg.append(np.matmul(delta, a_in.T) / B)
            bg.append(np.mean(delta, axis=1).reshape(len(delta), 1))
            upper_w = layer.weights
        wg.reverse()
        bg.reverse()
        return wg, bg

    def train(self, inputs, targets, learning_rate):
        weight_gradients, bias_gradients = self.gradients(inputs, targets)
        for i, layer in enumerate(self.layers):
            for name, g in (("weights", weight_gradients[i]), ("biases", bias_gradients[i])):
                setattr(layer, name, getattr(layer, name) - learning_rate * np.reshape(g, getattr(layer, name).shape))
# %% train_mlp
def train_mlp(n_iterations=1000, learning_rate=3.0):
    mlp = SigmoidMLP([2, 4, 1])
    for _ in range(n_iterations):
        mlp.train(XOR_INPUTS, XOR_TARGETS, learning_rate)
    return mlp
# %% net_f_df
def net_f_df(z):
    z = np.asarray(z, dtype=np.float64)
    log_f = -np.logaddexp(0.0, -z)        # log sigma(z)
    log_1mf = -np.logaddexp(0.0, z)       # log (1 - sigma(z))
    return np.exp(log_f), np.exp(log_f + log_1mf)
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
    n = y_target.shape[0]
    L = len(weights)
    dw_layer = [None] * L
    db_layer = [None] * L
    delta = (y_layer[-1] - y_target) * df_layer[-1]
    for j in range(L - 1, -1, -1):
        dw_layer[j] = y_layer[j].T @ delta / n
        db_layer[j] = delta.sum(axis=0) / n
        if j > 0:
            delta = backward_step(delta, weights[j], df_layer[j - 1])
    return dw_layer, db_layer
# %% gradient_step
def gradient_step(weights, biases, dw_layer, db_layer, eta):
    for j in range(len(weights)):
        weights[j] = weights[j] - eta * dw_layer[j]
        biases[j] = biases[j] - eta * db_layer[j]
    return weights, biases
# %% train_net
def train_net(y_in, y_target, weights, biases, eta):
    N = len(y_in)
    y_out, y_layer, df_layer = apply_net(y_in, weights, biases)
    cost = np.linalg.norm(y_out - y_target) ** 2 / (2 * N)
    dw_layer, db_layer = backprop(y_target, y_layer, df_layer, weights)
    result = gradient_step(weights, biases, dw_layer, db_layer, eta)
    return result[0], result[1], cost
