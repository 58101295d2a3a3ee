# A student who computes in float32 throughout (casts inputs, weights and biases to float32, returns float32
# gradients, activations, deltas and cost), which the notebook explicitly accepts. Correct.
# Round 6 of the independent answers: test_train failed it in about a third of the runs (parameters stored in
# float32: the step (old - new) / lr carried the float32 rounding of the weights).
# kind: alt
# %% sigmoid_mlp
class SigmoidMLP:
    def __init__(self, layer_widths):
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
        acts = [np.asarray(inputs, dtype=f32)]
        for layer in self.layers:
            z = layer.weights.astype(f32) @ acts[-1] + layer.biases.astype(f32)
            acts.append((f32(1) / (f32(1) + np.exp(-z))).astype(f32))
        B = f32(inputs.shape[1])
        delta = acts[-1] - np.asarray(targets, dtype=f32)
        weight_gradients = [None] * len(self.layers)
        bias_gradients = [None] * len(self.layers)
        for m in range(len(self.layers) - 1, -1, -1):
            weight_gradients[m] = (delta @ acts[m].T) / B
            bias_gradients[m] = delta.sum(axis=1, keepdims=True) / B
            if m > 0:
                a = acts[m]
                delta = (self.layers[m].weights.astype(f32).T @ delta) * a * (f32(1) - a)
        return weight_gradients, bias_gradients

    def train(self, inputs, targets, learning_rate):
        weight_gradients, bias_gradients = self.gradients(inputs, targets)
        lr = np.float32(learning_rate)
        for layer, gw, gb in zip(self.layers, weight_gradients, bias_gradients):
            layer.weights = (layer.weights.astype(np.float32) - lr * gw).astype(np.float32)
            layer.biases = (layer.biases.astype(np.float32) - lr * gb).astype(np.float32)
# %% train_mlp
def train_mlp(n_iterations=1000, learning_rate=3.0):
    mlp = SigmoidMLP([2, 4, 1])
    x = XOR_INPUTS.astype(np.float32)
    t = XOR_TARGETS.astype(np.float32)
    for _ in range(n_iterations):
        mlp.train(x, t, np.float32(learning_rate))
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
    y = y_in.astype(np.float32)
    y_layer = [y]
    df_layer = []
    for w, b in zip(weights, biases):
        y, df = forward_step(y, w, b)
        y_layer.append(y)
        df_layer.append(df)
    return y, y_layer, df_layer
# %% backward_step
def backward_step(delta, w, df):
    return (delta.astype(np.float32) @ w.astype(np.float32).T) * df.astype(np.float32)
# %% backprop
def backprop(y_target, y_layer, df_layer, weights):
    f32 = np.float32
    N = f32(y_target.shape[0])
    L = len(weights)
    dw_layer = [None] * L
    db_layer = [None] * L
    delta = (y_layer[-1].astype(f32) - y_target.astype(f32)) * df_layer[-1].astype(f32)
    for j in range(L - 1, -1, -1):
        dw_layer[j] = y_layer[j].astype(f32).T @ delta / N
        db_layer[j] = delta.sum(axis=0) / N
        if j > 0:
            delta = backward_step(delta, weights[j], df_layer[j - 1])
    return dw_layer, db_layer
# %% gradient_step
def gradient_step(weights, biases, dw_layer, db_layer, eta):
    eta = np.float32(eta)
    new_w = [(w.astype(np.float32) - eta * dw.astype(np.float32)) for w, dw in zip(weights, dw_layer)]
    new_b = [(b.astype(np.float32) - eta * db.astype(np.float32)) for b, db in zip(biases, db_layer)]
    return new_w, new_b
# %% train_net
def train_net(y_in, y_target, weights, biases, eta):
    y_out, y_layer, df_layer = apply_net(y_in, weights, biases)
    err = y_out - y_target.astype(np.float32)
    cost = np.float32(0.5) * np.sum(err * err) / np.float32(y_in.shape[0])
    dw_layer, db_layer = backprop(y_target, y_layer, df_layer, weights)
    weights, biases = gradient_step(weights, biases, dw_layer, db_layer, eta)
    return weights, biases, cost
