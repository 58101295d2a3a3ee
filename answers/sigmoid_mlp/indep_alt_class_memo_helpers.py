# From an independent tester (round 95): SigmoidMLP with extra attributes, helper methods, a forward cache and a memo keyed on inputs, targets and ALL parameters' values.
# kind: alt
# %% sigmoid_mlp
class SigmoidMLP:
    n_built = 0

    def __init__(self, layer_widths):
        self.layers = []
        for inputs, outputs in zip(layer_widths[:-1], layer_widths[1:]):
            self.layers.append(Layer(inputs, outputs))
        self.widths = list(layer_widths)
        self._memo = {}
        self.history = []
        SigmoidMLP.n_built += 1

    def __call__(self, inputs):
        return self._forward(inputs)[-1]

    def _forward(self, inputs):
        acts = [np.array(inputs, dtype=float, copy=True)]
        for layer in self.layers:
            acts.append(layer(acts[-1]))
        return acts

    @staticmethod
    def _dsig(a):
        return a * (1.0 - a)

    def _key(self, inputs, targets):
        parts = [np.asarray(inputs, dtype=float).tobytes(), np.asarray(inputs).shape,
                 np.asarray(targets, dtype=float).tobytes(), np.asarray(targets).shape]
        for layer in self.layers:
            parts += [layer.weights.tobytes(), layer.weights.shape, layer.biases.tobytes(), layer.biases.shape]
        return hash(tuple(parts))

    def cost(self, inputs, targets):
        a = self(inputs)
        return -np.mean(np.sum(targets * np.log(a) + (1 - targets) * np.log(1 - a), axis=0))

    def gradients(self, inputs, targets):
        assert np.ndim(inputs) == 2 and np.ndim(targets) == 2
        key = self._key(inputs, targets)
        if key in self._memo:
            wg, bg = self._memo[key]
            return [g.copy() for g in wg], [g.copy() for g in bg]
        acts = self._forward(inputs)
        B = acts[0].shape[1]
        delta = acts[-1] - np.asarray(targets, dtype=float)
        wg, bg = [], []
        for m in reversed(range(len(self.layers))):
            wg.insert(0, np.dot(delta, acts[m].T) / B)
            bg.insert(0, np.sum(delta, axis=1, keepdims=True) / B)
            if m:
                delta = np.dot(self.layers[m].weights.T, delta) * self._dsig(acts[m])
        self._memo[key] = ([g.copy() for g in wg], [g.copy() for g in bg])
        return wg, bg

    def train(self, inputs, targets, learning_rate=1.0):
        wg, bg = self.gradients(inputs, targets)
        for layer, gw, gb in zip(self.layers, wg, bg):
            layer.weights -= learning_rate * gw
            layer.biases -= learning_rate * gb
        self.history.append(learning_rate)
