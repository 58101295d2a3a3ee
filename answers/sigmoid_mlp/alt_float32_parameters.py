# A correct SigmoidMLP in float32 throughout: gradients cast the inputs, targets and parameters to float32, and
# train steps from float32 copies of the parameters (layer.weights.astype(np.float32) - lr * dW). When graded,
# test_train's gradients are the tests' float64 ones, so the new parameters come back float64 but carry the
# float32 rounding of the old ones (up to half a float32 ulp): accepted, as float32 arithmetic is. Written by an
# independent helper (round 3); it lost test_train before the step check allowed for that rounding.
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
        x = np.asarray(inputs, dtype=np.float32)
        t = np.asarray(targets, dtype=np.float32)
        Ws = [l.weights.astype(np.float32) for l in self.layers]
        bs = [l.biases.astype(np.float32) for l in self.layers]
        acts = [x]
        for W, b in zip(Ws, bs):
            acts.append(np.float32(1) / (np.float32(1) + np.exp(-(W @ acts[-1] + b))))
        B = np.float32(x.shape[1])
        delta = acts[-1] - t
        wg = [None] * len(Ws)
        bg = [None] * len(Ws)
        for m in range(len(Ws) - 1, -1, -1):
            wg[m] = (delta @ acts[m].T) / B
            bg[m] = delta.sum(axis=1, keepdims=True) / B
            if m > 0:
                delta = (Ws[m].T @ delta) * acts[m] * (np.float32(1) - acts[m])
        return wg, bg

    def train(self, inputs, targets, learning_rate):
        wg, bg = self.gradients(inputs, targets)
        lr = np.float32(learning_rate)
        for layer, dW, db in zip(self.layers, wg, bg):
            layer.weights = (layer.weights.astype(np.float32) - lr * dW)
            layer.biases = (layer.biases.astype(np.float32) - lr * db)
# %% train_mlp
def train_mlp(n_iterations=1000, learning_rate=3.0):
    mlp = SigmoidMLP([2, 4, 1])
    x = XOR_INPUTS.astype(np.float32)
    t = XOR_TARGETS.astype(np.float32)
    for step in range(n_iterations):
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
    N = np.float32(y_target.shape[0])
    delta = (y_layer[-1].astype(np.float32) - y_target.astype(np.float32)) * df_layer[-1].astype(np.float32)
    dw_layer, db_layer = [], []
    for j in reversed(range(len(weights))):
        dw_layer.insert(0, y_layer[j].astype(np.float32).T @ delta / N)
        db_layer.insert(0, delta.sum(axis=0) / N)
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
    diff = y_out - y_target.astype(np.float32)
    cost = np.float32(0.5) * np.mean(np.sum(diff * diff, axis=1))
    dw, db = backprop(y_target, y_layer, df_layer, weights)
    weights, biases = gradient_step(weights, biases, dw, db, eta)
    return weights, biases, cost
