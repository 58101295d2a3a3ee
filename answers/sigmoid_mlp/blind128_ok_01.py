# From a blind tester (round 128: the release notebook only, no tests read): plain vectorised: activation list, matmul/keepdims sums, in-place train; 1/(1+exp(-z))
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
        activations = [inputs]
        for layer in self.layers:
            activations.append(layer(activations[-1]))
        B = inputs.shape[1]
        L = len(self.layers)
        weight_gradients = [None] * L
        bias_gradients = [None] * L
        delta = activations[-1] - targets
        for m in range(L - 1, -1, -1):
            weight_gradients[m] = delta @ activations[m].T / B
            bias_gradients[m] = delta.sum(axis=1, keepdims=True) / B
            if m > 0:
                a = activations[m]
                delta = (self.layers[m].weights.T @ delta) * a * (1 - a)
        return weight_gradients, bias_gradients

    def train(self, inputs, targets, learning_rate):
        wg, bg = self.gradients(inputs, targets)
        for layer, dw, db in zip(self.layers, wg, bg):
            layer.weights -= learning_rate * dw
            layer.biases -= learning_rate * db
# %% train_mlp
def train_mlp(n_iterations=1000, learning_rate=3.0):
    mlp = SigmoidMLP([2, 4, 1])
    for _ in range(n_iterations):
        mlp.train(XOR_INPUTS, XOR_TARGETS, learning_rate)
    return mlp
# %% net_f_df
def net_f_df(z):
    f = 1 / (1 + np.exp(-z))
    df = f * (1 - f)
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
    return (delta @ w.T) * df
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
