# From an independent tester (round 90): Correct: SigmoidMLP caches its forward activations keyed on the values of the inputs AND of every parameter (recomputed whenever anything changed); train updates in place with np.subtract(out=).
# kind: alt
# %% sigmoid_mlp
class SigmoidMLP:
    def __init__(self, layer_widths):
        self.layers = []
        for inputs, outputs in zip(layer_widths[:-1], layer_widths[1:]):
            self.layers.append(Layer(inputs, outputs))
        self._cache_key = None
        self._cache_acts = None

    def _key(self, inputs):
        parts = [np.asarray(inputs).tobytes(), np.shape(inputs)]
        for l in self.layers:
            parts += [l.weights.tobytes(), l.weights.shape, l.biases.tobytes(), l.biases.shape]
        return tuple(parts)

    def _activations(self, inputs):
        key = self._key(inputs)
        if key != self._cache_key:
            acts = [np.array(inputs, dtype=float)]
            for layer in self.layers:
                acts.append(layer(acts[-1]))
            self._cache_key, self._cache_acts = key, acts
        return self._cache_acts

    def __call__(self, inputs):
        return self._activations(inputs)[-1].copy()

    def gradients(self, inputs, targets):
        acts = self._activations(inputs)
        B = acts[0].shape[1]
        delta = acts[-1] - targets
        wg, bg = [None] * len(self.layers), [None] * len(self.layers)
        for m in range(len(self.layers) - 1, -1, -1):
            wg[m] = delta.dot(acts[m].T) / B
            bg[m] = delta.mean(axis=1).reshape(-1, 1)
            if m:
                delta = self.layers[m].weights.T.dot(delta) * (acts[m] * (1 - acts[m]))
        return wg, bg

    def train(self, inputs, targets, learning_rate):
        wg, bg = self.gradients(inputs, targets)
        for layer, dw, db in zip(self.layers, wg, bg):
            np.subtract(layer.weights, learning_rate * dw, out=layer.weights)
            np.subtract(layer.biases, learning_rate * db, out=layer.biases)
