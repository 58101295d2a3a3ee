# From a blind tester (round 128: the release notebook only, no tests read): recursive helper method for backward pass; logaddexp-based sigmoid; matmul(w.T,y.T).T forward; per-sample outer in backprop
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

    def _backward(self, m, activations, delta, wg, bg):
        B = delta.shape[1]
        wg.insert(0, delta.dot(activations[m].T) / B)
        bg.insert(0, delta.mean(axis=1).reshape(-1, 1))
        if m == 0:
            return
        a = activations[m]
        lower = np.dot(self.layers[m].weights.T, delta) * (a - a * a)
        self._backward(m - 1, activations, lower, wg, bg)

    def gradients(self, inputs, targets):
        activations = [inputs]
        for layer in self.layers:
            activations.append(layer(activations[-1]))
        wg, bg = [], []
        self._backward(len(self.layers) - 1, activations, activations[-1] - targets, wg, bg)
        return wg, bg

    def train(self, inputs, targets, learning_rate):
        weight_gradients, bias_gradients = self.gradients(inputs, targets)
        for i, layer in enumerate(self.layers):
            for name, g in (("weights", weight_gradients[i]), ("biases", bias_gradients[i])):
                setattr(layer, name, getattr(layer, name) - learning_rate * np.reshape(g, getattr(layer, name).shape))
# %% train_mlp
def train_mlp(n_iterations=1000, learning_rate=3.0):
    mlp = SigmoidMLP([2, 4, 1])
    for _ in range(n_iterations):
        mlp.train(XOR_INPUTS, XOR_TARGETS, learning_rate)
    return mlp
# %% net_f_df
def net_f_df(z):
    z = np.asarray(z, dtype=np.float64)
    log_f = -np.logaddexp(0.0, -z)        # log sigma(z)
    log_1mf = -np.logaddexp(0.0, z)       # log (1 - sigma(z))
    return np.exp(log_f), np.exp(log_f + log_1mf)
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
