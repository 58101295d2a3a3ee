# Meant as a correct answer: the class stores extra state: a step counter and the last cost (updated by train, never used to
# compute gradients); gradients caches its forward-pass activations on self._last_acts (recomputed every call,
# so stale state is impossible). train_mlp prints progress every 250 steps (no random numbers drawn) and
# takes an extra keyword argument verbose with a default.
# (Written as a correct answer; it is not: the test of train gives it a stand-in gradients, as the notebook says.)
# fails: test_train: does train read something your own gradients stores
# %% sigmoid_mlp
class SigmoidMLP:
    def __init__(self, layer_widths):
        self.layers = [Layer(i, o) for i, o in zip(layer_widths[:-1], layer_widths[1:])]
        self.steps = 0
        self.last_cost = None
        self._last_acts = None

    def __call__(self, inputs):
        a = inputs
        for layer in self.layers:
            a = layer(a)
        return a

    def _forward(self, inputs):
        acts = [inputs]
        for layer in self.layers:
            acts.append(layer(acts[-1]))
        self._last_acts = acts
        return acts

    def gradients(self, inputs, targets):
        acts = self._forward(inputs)
        B = inputs.shape[1]
        L = len(self.layers)
        gw, gb = [None] * L, [None] * L
        delta = acts[-1] - targets
        for m in range(L - 1, -1, -1):
            gw[m] = np.dot(delta, acts[m].T) / B
            gb[m] = np.sum(delta, axis=1).reshape(-1, 1) / B
            if m:
                delta = np.dot(self.layers[m].weights.T, delta) * (acts[m] - acts[m] ** 2)
        return gw, gb

    def train(self, inputs, targets, learning_rate):
        gw, gb = self.gradients(inputs, targets)
        a = np.clip(self._last_acts[-1], 1e-12, 1 - 1e-12)
        self.last_cost = float(-np.mean(np.sum(targets * np.log(a) + (1 - targets) * np.log(1 - a), axis=0)))
        for layer, dw, db in zip(self.layers, gw, gb):
            layer.weights = layer.weights - learning_rate * dw
            layer.biases = layer.biases - learning_rate * db
        self.steps += 1
# %% train_mlp
def train_mlp(n_iterations=1000, learning_rate=3.0, verbose=True):
    mlp = SigmoidMLP([2, 4, 1])
    for i in range(n_iterations):
        mlp.train(XOR_INPUTS, XOR_TARGETS, learning_rate)
        if verbose and (i + 1) % 250 == 0:
            print(f"step {i + 1}: outputs {np.round(mlp(XOR_INPUTS), 3).ravel()}")
    return mlp
