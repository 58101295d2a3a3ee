# From an independent tester (round 35).
# Henry: forward_step forgets the bias (z = y w); train_mlp runs n_iterations + 1 steps (range(n_iterations + 1)).
# float32 in backward_step. Long-ish experiment cell after test_xor trains 5 networks (seeds 0..4).
# kind: other
# base: blank
# test_xor keeps its marks: train_mlp() does what train_mlp(1000, 3.0) does, so the defaults are right, and the
# step count, wrong whatever n_iterations is, is test_train_mlp_iterations' to grade (round 50).
# fails: test_forward_step
# fails: test_train_mlp_iterations
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
        B = inputs.shape[1]
        gw = [None] * len(self.layers)
        gb = [None] * len(self.layers)
        delta = acts[-1] - targets
        for m in reversed(range(len(self.layers))):
            gw[m] = delta.dot(acts[m].T) / B
            gb[m] = delta.sum(axis=1, keepdims=True) / B
            if m > 0:
                delta = self.layers[m].weights.T.dot(delta) * acts[m] * (1 - acts[m])
        return gw, gb

    def train(self, inputs, targets, learning_rate):
        gw, gb = self.gradients(inputs, targets)
        for layer, dw, db in zip(self.layers, gw, gb):
            layer.weights -= learning_rate * dw
            layer.biases -= learning_rate * db
# %% train_mlp
def train_mlp(n_iterations=1000, learning_rate=3.0):
    mlp = SigmoidMLP([2, 4, 1])
    for _ in range(n_iterations + 1):
        mlp.train(XOR_INPUTS, XOR_TARGETS, learning_rate)
    return mlp
# %% net_f_df
def net_f_df(z):
    f = 1 / (1 + np.exp(-z))
    return f, f * (1 - f)
# %% forward
def forward_step(y, w, b):
    z = np.dot(y, w)
    return net_f_df(z)


def apply_net(y_in, weights, biases):
    y = y_in
    y_layer = [y]
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
    N = y_target.shape[0]
    L = len(weights)
    dw_layer = [None] * L
    db_layer = [None] * L
    delta = (y_layer[-1] - y_target) * df_layer[-1]
    for j in range(L - 1, -1, -1):
        dw_layer[j] = np.dot(y_layer[j].T, delta) / N
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
# %% after test_xor
for seed in range(5):
    np.random.seed(seed)
    print(seed, np.round(train_mlp()(XOR_INPUTS), 2))
