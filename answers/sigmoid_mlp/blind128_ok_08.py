# From a blind tester (round 128: the release notebook only, no tests read): float64-cast, preallocated empty_like gradients with while loop; stable where sigmoid; per-sample outer backprop
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
        x = np.asarray(inputs, dtype=np.float64)
        t = np.asarray(targets, dtype=np.float64)
        acts = [x]
        for layer in self.layers:
            acts.append(layer(acts[-1]))
        B = x.shape[1]
        L = len(self.layers)
        wg = [np.empty_like(l.weights, dtype=np.float64) for l in self.layers]
        bg = [np.empty_like(l.biases, dtype=np.float64) for l in self.layers]
        delta = acts[L] - t
        m = L - 1
        while m >= 0:
            wg[m][...] = delta @ acts[m].T
            wg[m] /= B
            bg[m][:, 0] = delta.sum(axis=1) / B
            if m > 0:
                delta = self.layers[m].weights.T @ delta * (acts[m] * (1.0 - acts[m]))
            m -= 1
        return wg, bg

    def train(self, inputs, targets, learning_rate):
        wg, bg = self.gradients(inputs, targets)
        for layer, dw, db in zip(self.layers, wg, bg):
            layer.weights -= learning_rate * dw
            layer.biases -= learning_rate * db
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
    z = np.asarray(z, dtype=float)
    e = np.exp(-np.abs(z))  # never overflows
    f = np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))
    df = e / (1.0 + e) ** 2
    return f, df
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
    delta_lower = np.matmul(w, delta.T).T
    return np.multiply(delta_lower, df)
# %% backprop
def backprop(y_target, y_layer, df_layer, weights):
    N = y_target.shape[0]
    delta = (y_layer[-1] - y_target) * df_layer[-1]
    dw_rev, db_rev = [], []
    for j in range(len(weights) - 1, -1, -1):
        dw_rev.append(sum(np.outer(y_layer[j][s], delta[s]) for s in range(N)) / N)
        db_rev.append(np.mean(delta, axis=0))
        if j:
            delta = backward_step(delta, weights[j], df_layer[j - 1])
    return dw_rev[::-1], db_rev[::-1]
# %% gradient_step
def gradient_step(weights, biases, dw_layer, db_layer, eta):
    step = lambda params, grads: [np.subtract(p, np.multiply(eta, g)) for p, g in zip(params, grads)]
    return step(weights, dw_layer), step(biases, db_layer)
# %% train_net
def train_net(y_in, y_target, weights, biases, eta):
    y_out, y_layer, df_layer = apply_net(y_in, weights, biases)
    cost = 0.5 * np.sum((y_out - y_target) ** 2) / y_in.shape[0]
    dw_layer, db_layer = backprop(y_target, y_layer, df_layer, weights)
    weights, biases = gradient_step(weights, biases, dw_layer, db_layer, eta)
    return weights, biases, cost
