# From an independent tester (round 82): net_f_df nan far out (exp(-z)/(1+exp(-z))**2); backward_step forgets * df; train_mlp left as stub; gradient_step adds eta*grad
# kind: bug
# fails: test_net_f_df
# fails: test_backward_step
# fails: test_train_mlp_iterations
# fails: test_xor
# fails: test_gradient_step
# %% sigmoid_mlp
class SigmoidMLP:
    def __init__(self, layer_widths):
        """A stack of sigmoid layers; layer_widths = [inputs, hidden widths..., outputs]."""
        self.layers = [Layer(n_in, n_out) for n_in, n_out in zip(layer_widths[:-1], layer_widths[1:])]

    def __call__(self, inputs):
        a = inputs
        for layer in self.layers:
            a = layer(a)
        return a

    def _activations(self, inputs):
        acts = [inputs]
        for layer in self.layers:
            acts.append(layer(acts[-1]))
        return acts

    def gradients(self, inputs, targets):
        acts = self._activations(inputs)
        B = inputs.shape[1]
        n = len(self.layers)
        gw, gb = [None] * n, [None] * n
        delta = acts[-1] - targets
        for m in range(n - 1, -1, -1):
            gw[m] = delta @ acts[m].T / B
            gb[m] = np.mean(delta, axis=1, keepdims=True)
            if m > 0:
                delta = (self.layers[m].weights.T @ delta) * acts[m] * (1.0 - acts[m])
        return gw, gb

    def train(self, inputs, targets, learning_rate):
        gw, gb = self.gradients(inputs, targets)
        for layer, dw, db in zip(self.layers, gw, gb):
            layer.weights = layer.weights - learning_rate * dw
            layer.biases = layer.biases - learning_rate * db
# %% after sigmoid_mlp
# experiment: shapes of my gradients on a tiny net (guarded: never stop the notebook)
try:
    _net = SigmoidMLP([2, 3, 1])
    _gw, _gb = _net.gradients(np.ones((2, 4)), np.zeros((1, 4)))
    print([g.shape for g in _gw], [g.shape for g in _gb])
except Exception as _e:
    print("gradients experiment failed:", _e)
# %% train_mlp
def train_mlp(n_iterations=1000, learning_rate=3.0):
    # YOUR CODE HERE
    raise NotImplementedError()
# %% net_f_df
def net_f_df(z):
    z = np.asarray(z, dtype=float)
    e = np.exp(-z)
    return 1.0 / (1.0 + e), e / (1.0 + e) ** 2
# %% after net_f_df
# experiment: sigmoid on a few values
try:
    print(net_f_df(np.array([-3.0, 0.0, 3.0])))
except Exception as _e:
    print("net_f_df experiment failed:", _e)
# %% forward
def forward_step(y, w, b):
    return net_f_df(np.dot(y, w) + b)


def apply_net(y_in, weights, biases):
    y_layer, df_layer = [y_in], []
    for w, b in zip(weights, biases):
        y, df = forward_step(y_layer[-1], w, b)
        y_layer.append(y)
        df_layer.append(df)
    return y_layer[-1], y_layer, df_layer
# %% backward_step
def backward_step(delta, w, df):
    return delta @ w.T
# %% backprop
def backprop(y_target, y_layer, df_layer, weights):
    N = y_target.shape[0]
    L = len(weights)
    dw_layer, db_layer = [None] * L, [None] * L
    delta = (y_layer[-1] - y_target) * df_layer[-1]
    for j in reversed(range(L)):
        dw_layer[j] = y_layer[j].T @ delta / N
        db_layer[j] = delta.sum(axis=0) / N
        if j > 0:
            delta = backward_step(delta, weights[j], df_layer[j - 1])
    return dw_layer, db_layer
# %% after backprop
# experiment: one forward + backward pass on random data (copies only)
try:
    _rng = np.random.default_rng(5)
    _w = [_rng.normal(size=(2, 3)), _rng.normal(size=(3, 1))]
    _b = [np.zeros(3), np.zeros(1)]
    _x = _rng.normal(size=(6, 2))
    _out, _yl, _dfl = apply_net(_x, _w, _b)
    _dw, _db = backprop(np.zeros((6, 1)), _yl, _dfl, _w)
    print([d.shape for d in _dw], [d.shape for d in _db])
except Exception as _e:
    print("backprop experiment failed:", _e)
# %% gradient_step
def gradient_step(weights, biases, dw_layer, db_layer, eta):
    new_w = [w + eta * dw for w, dw in zip(weights, dw_layer)]
    new_b = [b + eta * db for b, db in zip(biases, db_layer)]
    return new_w, new_b
# %% train_net
def train_net(y_in, y_target, weights, biases, eta):
    y_out, y_layer, df_layer = apply_net(y_in, weights, biases)
    cost = 0.5 * np.sum((y_out - y_target) ** 2) / y_in.shape[0]
    dw, db = backprop(y_target, y_layer, df_layer, weights)
    weights, biases = gradient_step(weights, biases, dw, db, eta)
    return weights, biases, float(cost)
