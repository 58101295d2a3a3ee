# From a blind tester (round 128: the release notebook only, no tests read): closure recursion collects gradients bottom-up; errstate-guarded sigmoid with df = f - f*f; matmul(w.T, y.T).T forward; 1/N folded into Delta; in-place list update step
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
        layers = self.layers
        acts = [inputs]
        for layer in layers:
            acts.append(layer(acts[-1]))
        B = inputs.shape[1]

        def grads_from(m, delta):
            """(weight grads, bias grads) for layers 0..m, given delta of layer m."""
            w_here = delta @ acts[m].T / B
            b_here = np.sum(delta, axis=1)[:, np.newaxis] / B
            if m == 0:
                return [w_here], [b_here]
            sp = acts[m] * (1 - acts[m])
            w_lo, b_lo = grads_from(m - 1, (layers[m].weights.T @ delta) * sp)
            return w_lo + [w_here], b_lo + [b_here]

        return grads_from(len(layers) - 1, acts[-1] - targets)

    def train(self, inputs, targets, learning_rate):
        wg, bg = self.gradients(inputs, targets)
        for m in range(len(self.layers)):
            self.layers[m].weights = self.layers[m].weights - learning_rate * wg[m]
            self.layers[m].biases = self.layers[m].biases - learning_rate * bg[m]
# %% train_mlp
def train_mlp(n_iterations=1000, learning_rate=3.0):
    mlp = SigmoidMLP(layer_widths=[2, 4, 1])
    x, t = XOR_INPUTS, XOR_TARGETS
    for i in range(1, n_iterations + 1):
        mlp.train(x, t, learning_rate)
    return mlp
# %% net_f_df
def net_f_df(z):
    with np.errstate(over="ignore"):
        f = 1.0 / (1.0 + np.exp(-np.asarray(z, dtype=float)))
    return f, f - f * f
# %% forward
def forward_step(y, w, b):
    z = np.matmul(w.T, y.T).T
    z = z + np.reshape(b, (1, -1))
    return net_f_df(z)


def apply_net(y_in, weights, biases):
    y_layer, df_layer = [y_in], []
    for j in range(len(weights)):
        f, df = forward_step(y_layer[-1], weights[j], biases[j])
        y_layer += [f]
        df_layer += [df]
    return y_layer[-1], y_layer, df_layer
# %% backward_step
def backward_step(delta, w, df):
    return (delta @ w.T) * df
# %% backprop
def backprop(y_target, y_layer, df_layer, weights):
    N = len(y_target)
    delta = np.multiply(y_layer[-1] - y_target, df_layer[-1]) / N   # the 1/N carried by Delta
    dw_layer, db_layer = [], []
    j = len(weights) - 1
    while True:
        dw_layer.insert(0, np.dot(y_layer[j].T, delta))
        db_layer.insert(0, np.sum(delta, axis=0))
        if j == 0:
            break
        delta = backward_step(delta, weights[j], df_layer[j - 1])
        j -= 1
    return dw_layer, db_layer
# %% gradient_step
def gradient_step(weights, biases, dw_layer, db_layer, eta):
    for j in range(len(weights)):
        weights[j] = weights[j] - eta * dw_layer[j]
        biases[j] = biases[j] - eta * db_layer[j]
    return weights, biases
# %% train_net
def train_net(y_in, y_target, weights, biases, eta):
    y_out, y_layer, df_layer = apply_net(y_in, weights, biases)
    err = y_out - y_target
    cost = float(np.mean(np.sum(err * err, axis=1)) / 2)
    grads = backprop(y_target, y_layer, df_layer, weights)
    new_weights, new_biases = gradient_step(weights, biases, *grads, eta)
    return new_weights, new_biases, cost
