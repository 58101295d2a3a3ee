# Round 41 (partly done notebooks). All done, but the forward cell (forward_step + apply_net) has a missing colon: SyntaxError.
# base: blank
# fails: test_forward_step: stopped with SyntaxError
# fails: test_apply_net: the cell forward, which defines it
# %% sigmoid_mlp
class SigmoidMLP:
    def __init__(self, layer_widths):
        """A stack of sigmoid layers; layer_widths = [inputs, hidden widths..., outputs]."""
        self.layers = []
        for inputs, outputs in zip(layer_widths[:-1], layer_widths[1:]):
            self.layers.append(Layer(inputs, outputs))

    def __call__(self, inputs):
        """The network's output for inputs of shape (layer_widths[0], batch size)."""
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
        gw = [None] * len(self.layers)
        gb = [None] * len(self.layers)
        for m in range(len(self.layers) - 1, -1, -1):
            gw[m] = delta @ acts[m].T / B
            gb[m] = delta.sum(axis=1, keepdims=True) / B
            if m > 0:
                a = acts[m]
                delta = (self.layers[m].weights.T @ delta) * a * (1 - a)
        return gw, gb

    def train(self, inputs, targets, learning_rate):
        gw, gb = self.gradients(inputs, targets)
        for layer, dW, db in zip(self.layers, gw, gb):
            layer.weights = layer.weights - learning_rate * dW
            layer.biases = layer.biases - learning_rate * db
# %% train_mlp
def train_mlp(n_iterations=1000, learning_rate=3.0):
    net = SigmoidMLP([2, 4, 1])
    for _ in range(n_iterations):
        net.train(XOR_INPUTS, XOR_TARGETS, learning_rate)
    return net
# %% net_f_df
def net_f_df(z):
    f = 1 / (1 + np.exp(-z))
    return f, f * (1 - f)
# %% forward
def forward_step(y, w, b):
    z = y @ w + b
    return net_f_df(z)


def apply_net(y_in, weights, biases):
    y_layer = [y_in]
    df_layer = []
    y = y_in
    for w, b in zip(weights, biases)
        y, df = forward_step(y, w, b)
        y_layer.append(y)
        df_layer.append(df)
    return y, y_layer, df_layer
# %% backward_step
def backward_step(delta, w, df):
    return (delta @ w.T) * df
# %% backprop
def backprop(y_target, y_layer, df_layer, weights):
    N = y_target.shape[0]
    L = len(weights)
    dw_layer = [None] * L
    db_layer = [None] * L
    delta = (y_layer[-1] - y_target) * df_layer[-1]
    for j in range(L - 1, -1, -1):
        dw_layer[j] = y_layer[j].T @ delta / N
        db_layer[j] = delta.sum(axis=0) / N
        if j > 0:
            delta = backward_step(delta, weights[j], df_layer[j - 1])
    return dw_layer, db_layer
# %% gradient_step
def gradient_step(weights, biases, dw_layer, db_layer, eta):
    new_w = [w - eta * dw for w, dw in zip(weights, dw_layer)]
    new_b = [b - eta * db for b, db in zip(biases, db_layer)]
    return new_w, new_b
# %% train_net
def train_net(y_in, y_target, weights, biases, eta):
    y_out, y_layer, df_layer = apply_net(y_in, weights, biases)
    cost = 0.5 * np.sum((y_out - y_target) ** 2) / y_in.shape[0]
    dw_layer, db_layer = backprop(y_target, y_layer, df_layer, weights)
    weights, biases = gradient_step(weights, biases, dw_layer, db_layer, eta)
    return weights, biases, cost
