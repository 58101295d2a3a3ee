# Blind round 132 (written from the release notebook alone, without the tests): float32 inputs cast once (Part 1) and float32 expm1 form sigma = 1/(2 + expm1(-z)) in Part 2; backward via np.outer-free tensordot
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
        x32 = inputs.astype(np.float32)           # cast once; the layers then promote as numpy does
        acts = [x32]
        for layer in self.layers:
            acts.append(layer(acts[-1]))
        B = x32.shape[1]
        delta = acts[-1] - targets
        grads_w, grads_b = [], []
        for m in range(len(self.layers) - 1, -1, -1):
            grads_w.append(np.tensordot(delta, acts[m], axes=([1], [1])) / B)
            grads_b.append(np.add.reduce(delta, axis=1, keepdims=True) / B)
            if m > 0:
                a = acts[m]
                delta = np.tensordot(self.layers[m].weights, delta, axes=([0], [0])) * a * (1 - a)
        return grads_w[::-1], grads_b[::-1]

    def train(self, inputs, targets, learning_rate):
        gw, gb = self.gradients(inputs, targets)
        for i in range(len(self.layers)):
            L = self.layers[i]
            L.weights, L.biases = L.weights - learning_rate * gw[i], L.biases - learning_rate * gb[i]
# %% train_mlp
def train_mlp(n_iterations=1000, learning_rate=3.0):
    mlp = SigmoidMLP([2, 4, 1])
    for k in range(n_iterations):
        mlp.train(XOR_INPUTS, XOR_TARGETS, learning_rate)
    return mlp
# %% net_f_df
def net_f_df(z):
    z = np.asarray(z).astype(np.float32)
    two = np.float32(2)
    with np.errstate(over='ignore'):
        f = np.float32(1) / (two + np.expm1(-z))       # 1 + exp(-z) = 2 + expm1(-z)
        g = np.float32(1) / (two + np.expm1(z))        # sigma(-z)
    return f, f * g
# %% forward
def forward_step(y, w, b):
    return net_f_df(np.tensordot(y, w, axes=1) + b)


def apply_net(y_in, weights, biases):
    y_layer = [y_in]
    df_layer = []
    for w, b in zip(weights, biases):
        y, d = forward_step(y_layer[-1], w, b)
        y_layer.append(y)
        df_layer.append(d)
    return y_layer[-1], y_layer, df_layer
# %% backward_step
def backward_step(delta, w, df):
    return np.tensordot(delta, w, axes=([1], [1])) * df
# %% backprop
def backprop(y_target, y_layer, df_layer, weights):
    N = y_target.shape[0]
    L = len(weights)
    delta = (y_layer[L] - y_target) * df_layer[L - 1]
    dw_layer = [None] * L
    db_layer = [None] * L
    j = L - 1
    while j >= 0:
        dw_layer[j] = np.tensordot(y_layer[j], delta, axes=([0], [0])) / N
        db_layer[j] = np.add.reduce(delta, axis=0) / N
        if j > 0:
            delta = backward_step(delta, weights[j], df_layer[j - 1])
        j -= 1
    return dw_layer, db_layer
# %% gradient_step
def gradient_step(weights, biases, dw_layer, db_layer, eta):
    return [w + (-eta) * g for w, g in zip(weights, dw_layer)], [b + (-eta) * g for b, g in zip(biases, db_layer)]
# %% train_net
def train_net(y_in, y_target, weights, biases, eta):
    y_out, y_layer, df_layer = apply_net(y_in, weights, biases)
    cost = np.einsum('ij,ij->', y_out - y_target, y_out - y_target) / (2 * y_in.shape[0])
    dw, db = backprop(y_target, y_layer, df_layer, weights)
    w_new, b_new = gradient_step(weights, biases, dw, db, eta)
    return w_new, b_new, cost
