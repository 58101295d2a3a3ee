# Blind round 132 (written from the release notebook alone, without the tests): float32 tanh forms: sigma = 0.5(1+tanh(z/2)), sigma' = 0.25(1-tanh(z/2)^2) in Part 2; Part 1 float64 logaddexp with einsum
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
            z = np.einsum('oi,ib->ob', layer.weights, acts[-1]) + layer.biases
            acts.append(np.exp(-np.logaddexp(0.0, -z)))
        B = inputs.shape[1]
        delta = acts[-1] - targets
        gw, gb = [], []
        for m in range(len(self.layers) - 1, -1, -1):
            gw.append(np.einsum('ob,ib->oi', delta, acts[m]) / B)
            gb.append(np.einsum('ob->o', delta)[:, np.newaxis] / B)
            if m > 0:
                sp = acts[m] - acts[m] ** 2
                delta = np.einsum('oi,ob->ib', self.layers[m].weights, delta) * sp
        gw.reverse()
        gb.reverse()
        return gw, gb

    def train(self, inputs, targets, learning_rate):
        dW, dB = self.gradients(inputs, targets)
        for k in range(len(self.layers)):
            self.layers[k].weights = self.layers[k].weights + (-learning_rate) * dW[k]
            self.layers[k].biases = self.layers[k].biases + (-learning_rate) * dB[k]
# %% train_mlp
def train_mlp(n_iterations=1000, learning_rate=3.0):
    mlp = SigmoidMLP([2, 4, 1])
    x, t = XOR_INPUTS, XOR_TARGETS
    for _ in range(n_iterations):
        mlp.train(x, t, learning_rate)
    return mlp
# %% net_f_df
def net_f_df(z):
    t = np.tanh(np.asarray(z, dtype=np.float32) * np.float32(0.5))
    half, quarter = np.float32(0.5), np.float32(0.25)
    return half * (np.float32(1) + t), quarter * (np.float32(1) - t * t)
# %% forward
def forward_step(y, w, b):
    z = np.einsum('nl,lu->nu', y, w) + b[np.newaxis, :]
    f, df = net_f_df(z)
    return f, df


def apply_net(y_in, weights, biases):
    y_layer = [y_in]
    df_layer = []
    for w, b in zip(weights, biases):
        out = forward_step(y_layer[-1], w, b)
        y_layer.append(out[0])
        df_layer.append(out[1])
    return y_layer[-1], y_layer, df_layer
# %% backward_step
def backward_step(delta, w, df):
    return (w @ delta.T).T * df
# %% backprop
def backprop(y_target, y_layer, df_layer, weights):
    N = y_target.shape[0]
    delta = (y_layer[-1] - y_target) * df_layer[-1]
    dw_rev, db_rev = [], []
    below = list(zip(weights, y_layer[:-1], [None] + list(df_layer[:-1])))
    for w, y_low, df_low in reversed(below):
        dw_rev.append((delta.T @ y_low).T / N)
        db_rev.append(delta.mean(axis=0))
        if df_low is not None:
            delta = backward_step(delta, w, df_low)
    return dw_rev[::-1], db_rev[::-1]
# %% gradient_step
def gradient_step(weights, biases, dw_layer, db_layer, eta):
    return ([np.subtract(w, eta * g) for w, g in zip(weights, dw_layer)],
            [np.subtract(b, eta * g) for b, g in zip(biases, db_layer)])
# %% train_net
def train_net(y_in, y_target, weights, biases, eta):
    y_out, y_layer, df_layer = apply_net(y_in, weights, biases)
    diff = (y_out - y_target).ravel()
    cost = diff.dot(diff) / (2 * len(y_in))
    grads = backprop(y_target, y_layer, df_layer, weights)
    new = gradient_step(weights, biases, grads[0], grads[1], eta)
    return new[0], new[1], cost
