# Blind round 133 (written from the release notebook alone, without the tests): student style: keeps last activations/deltas on the object, odd names, one print in train_mlp; in-place updates on own copies
# Under the course's rule (the notebook's 'Each test grades the functions its task names'), train_mlp gets the
# instructor's SigmoidMLP, which has no n_steps: the two train_mlp tests fail and say why (accepted, documented)
# kind: other
# fails: test_train_mlp_iterations: keep anything extra in your own variables
# fails: test_xor: keep anything extra in your own variables
# base: blank
# %% sigmoid_mlp
class SigmoidMLP:
    def __init__(self, layer_widths):
        """A stack of sigmoid layers; layer_widths = [inputs, hidden widths..., outputs]."""
        self.layers = []
        for inputs, outputs in zip(layer_widths[:-1], layer_widths[1:]):
            self.layers.append(Layer(inputs, outputs))
        self.last_acts = None
        self.last_deltas = None
        self.n_steps = 0

    def __call__(self, inputs):
        a = inputs
        for layer in self.layers:
            a = layer(a)
        return a

    def gradients(self, inputs, targets):
        stuff = [np.array(inputs, dtype=float, copy=True)]
        for lyr in self.layers:
            stuff.append(lyr(stuff[-1]))
        self.last_acts = stuff
        bs = stuff[0].shape[1]
        d = np.array(stuff[-1], copy=True)
        d -= targets                      # own copy, not the argument
        dws = []
        dbs = []
        ds = [d]
        for idx in range(len(self.layers) - 1, -1, -1):
            g = d @ stuff[idx].T
            g /= bs
            h = d.sum(axis=1, keepdims=True)
            h /= bs
            dws.append(g)
            dbs.append(h)
            if idx > 0:
                s = stuff[idx]
                d = self.layers[idx].weights.T @ d
                d *= s
                d *= 1 - s
                ds.append(d)
        self.last_deltas = ds[::-1]
        return dws[::-1], dbs[::-1]

    def train(self, inputs, targets, learning_rate):
        dws, dbs = self.gradients(inputs, targets)
        for i in range(len(self.layers)):
            self.layers[i].weights = self.layers[i].weights - learning_rate * dws[i]
            self.layers[i].biases = self.layers[i].biases - learning_rate * dbs[i]
        self.n_steps += 1
# %% train_mlp
def train_mlp(n_iterations=1000, learning_rate=3.0):
    my_net = SigmoidMLP([2, 4, 1])
    for k in range(n_iterations):
        my_net.train(XOR_INPUTS, XOR_TARGETS, learning_rate)
    if n_iterations:
        print("trained", my_net.n_steps, "steps")
    return my_net
# %% net_f_df
def net_f_df(z):
    zz = np.array(z, dtype=float, copy=True)
    sig = np.empty_like(zz)
    big = zz >= 0
    sig[big] = 1.0 / (1.0 + np.exp(-zz[big]))
    ex = np.exp(zz[~big])
    sig[~big] = ex / (1.0 + ex)
    other = np.empty_like(zz)        # 1 - sigma, computed directly
    other[big] = np.exp(-zz[big]) / (1.0 + np.exp(-zz[big]))
    other[~big] = 1.0 / (1.0 + ex)
    return sig, sig * other
# %% forward
def forward_step(y, w, b):
    zz = np.array(y @ w, dtype=float, copy=True)
    zz += b
    return net_f_df(zz)


def apply_net(y_in, weights, biases):
    ys = [y_in]
    dfs = []
    for w, b in zip(weights, biases):
        out, der = forward_step(ys[-1], w, b)
        ys.append(out)
        dfs.append(der)
    return ys[-1], ys, dfs
# %% backward_step
def backward_step(delta, w, df):
    res = np.array(delta @ w.T, dtype=float, copy=True)
    res *= df
    return res
# %% backprop
def backprop(y_target, y_layer, df_layer, weights):
    n = y_target.shape[0]
    D = np.array(y_layer[-1], dtype=float, copy=True)
    D -= y_target
    D *= df_layer[-1]
    dws, dbs = [], []
    for j in range(len(weights) - 1, -1, -1):
        g = y_layer[j].T @ D
        dws.append(g / n)
        dbs.append(D.sum(axis=0) / n)
        if j > 0:
            D = backward_step(D, weights[j], df_layer[j - 1])
    dws.reverse()
    dbs.reverse()
    return dws, dbs
# %% gradient_step
def gradient_step(weights, biases, dw_layer, db_layer, eta):
    new_w = [np.array(w, dtype=float, copy=True) for w in weights]
    new_b = [np.array(b, dtype=float, copy=True) for b in biases]
    for j in range(len(new_w)):
        new_w[j] -= eta * dw_layer[j]
        new_b[j] -= eta * db_layer[j]
    return new_w, new_b
# %% train_net
def train_net(y_in, y_target, weights, biases, eta):
    out, ys, dfs = apply_net(y_in, weights, biases)
    c = 0.0
    for s in range(out.shape[0]):
        c += np.sum((out[s] - y_target[s]) ** 2)
    c /= 2 * out.shape[0]
    dws, dbs = backprop(y_target, ys, dfs, weights)
    w2, b2 = gradient_step(weights, biases, dws, dbs, eta)
    return w2, b2, c
