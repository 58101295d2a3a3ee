# From an independent helper: float32 backprop calling backward_step, which the test replaces by the reference
# (float64 weights): the reference used to promote it to float64 and the check called it "estimated numerically".
# A student who does all arithmetic in float32 (casts inputs/weights to float32, returns float32 arrays
# and a float32 cost). The notebook says float32 is accepted with a dtype-dependent tolerance.
# kind: alt
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
        f32 = np.float32
        a = [np.asarray(inputs, dtype=f32)]
        for layer in self.layers:
            W = layer.weights.astype(f32)
            b = layer.biases.astype(f32)
            a.append(f32(1) / (f32(1) + np.exp(-(W @ a[-1] + b))))
        B = f32(inputs.shape[1])
        delta = a[-1] - np.asarray(targets, dtype=f32)
        weight_gradients, bias_gradients = [], []
        for m in range(len(self.layers), 0, -1):
            weight_gradients.append((delta @ a[m - 1].T) / B)
            bias_gradients.append(delta.sum(axis=1, keepdims=True) / B)
            if m > 1:
                W = self.layers[m - 1].weights.astype(f32)
                delta = (W.T @ delta) * (a[m - 1] * (f32(1) - a[m - 1]))
        weight_gradients.reverse()
        bias_gradients.reverse()
        return weight_gradients, bias_gradients

    def train(self, inputs, targets, learning_rate):
        weight_gradients, bias_gradients = self.gradients(inputs, targets)
        for layer, gw, gb in zip(self.layers, weight_gradients, bias_gradients):
            layer.weights = layer.weights - np.float32(learning_rate) * gw
            layer.biases = layer.biases - np.float32(learning_rate) * gb
# %% train_mlp
def train_mlp(n_iterations=1000, learning_rate=3.0):
    mlp = SigmoidMLP([2, 4, 1])
    for it in range(n_iterations):
        mlp.train(XOR_INPUTS, XOR_TARGETS, learning_rate)
    return mlp
# %% net_f_df
def net_f_df(z):
    z = np.asarray(z, dtype=np.float32)
    f = np.float32(1) / (np.float32(1) + np.exp(-z))
    return f, f * (np.float32(1) - f)
# %% forward
def forward_step(y, w, b):
    z = y.astype(np.float32) @ w.astype(np.float32) + b.astype(np.float32)
    return net_f_df(z)


def apply_net(y_in, weights, biases):
    y = y_in
    y_layer = [y_in]
    df_layer = []
    for w, b in zip(weights, biases):
        y, df = forward_step(y, w, b)
        y_layer.append(y)
        df_layer.append(df)
    return y, y_layer, df_layer
# %% backward_step
def backward_step(delta, w, df):
    return (delta.astype(np.float32) @ w.T.astype(np.float32)) * df.astype(np.float32)
# %% backprop
def backprop(y_target, y_layer, df_layer, weights):
    f32 = np.float32
    N = f32(y_target.shape[0])
    n = len(weights)
    delta = (y_layer[-1].astype(f32) - y_target.astype(f32)) * df_layer[-1].astype(f32)
    dw_layer = [None] * n
    db_layer = [None] * n
    for j in range(n - 1, -1, -1):
        dw_layer[j] = y_layer[j].astype(f32).T @ delta / N
        db_layer[j] = delta.sum(axis=0) / N
        if j > 0:
            delta = backward_step(delta, weights[j], df_layer[j - 1])
    return dw_layer, db_layer
# %% gradient_step
def gradient_step(weights, biases, dw_layer, db_layer, eta):
    eta = np.float32(eta)
    weights = [(w - eta * dw).astype(np.float32) for w, dw in zip(weights, dw_layer)]
    biases = [(b - eta * db).astype(np.float32) for b, db in zip(biases, db_layer)]
    return weights, biases
# %% train_net
def train_net(y_in, y_target, weights, biases, eta):
    y_out, y_layer, df_layer = apply_net(y_in, weights, biases)
    cost = np.float32(0.5) * np.mean(np.sum((y_out - y_target.astype(np.float32)) ** 2, axis=1))
    dw_layer, db_layer = backprop(y_target, y_layer, df_layer, weights)
    new_weights, new_biases = gradient_step(weights, biases, dw_layer, db_layer, eta)
    return new_weights, new_biases, cost
