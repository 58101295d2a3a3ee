# From an independent tester (round 81): gradients returns np.array([wg, bg]) of lists of arrays of different shapes (ragged): ValueError.
# kind: bug
# Was told numpy's words alone.
# fails: test_gradients: Return several arrays as a tuple
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
        acts = [inputs]
        for layer in self.layers:
            acts.append(layer(acts[-1]))
        B = inputs.shape[1]
        L = len(self.layers)
        wg, bg = [None] * L, [None] * L
        delta = acts[-1] - targets
        for m in range(L - 1, -1, -1):
            wg[m] = delta.dot(acts[m].T) / B
            bg[m] = np.mean(delta, axis=1, keepdims=True)
            if m:
                delta = self.layers[m].weights.T.dot(delta) * acts[m] * (1 - acts[m])
        return np.array([wg, bg])

    def train(self, inputs, targets, learning_rate):
        wg, bg = self.gradients(inputs, targets)
        for layer, gw, gb in zip(self.layers, wg, bg):
            layer.weights = layer.weights - learning_rate * gw
            layer.biases = layer.biases - learning_rate * gb
