# From an independent tester (round 78): Correct: SigmoidMLP caches z (not a) and evaluates sigma'(z) with its own stable logistic; train loops over params with setattr.
# Was flagged "setattr() with a computed attribute name on an object it did not create": the names come from the
# rows of the loop's tuple, ("weights", gw), ("biases", gb).
# kind: alt
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

    @staticmethod
    def _dsigma(z):
        e = np.exp(-np.abs(z))
        return e / (1.0 + e) ** 2

    def gradients(self, inputs, targets):
        zs, acts = [], [np.array(inputs, dtype=float)]
        for layer in self.layers:
            z = layer.weights @ acts[-1] + layer.biases
            zs.append(z)
            acts.append(layer(acts[-1]))
        inv_b = 1.0 / inputs.shape[1]
        grads_w, grads_b = [], []
        delta = acts[-1] - targets
        for m in range(len(self.layers), 0, -1):
            grads_w.append(inv_b * delta @ acts[m - 1].T)
            grads_b.append(inv_b * delta.sum(axis=1)[:, None])
            if m > 1:
                delta = (self.layers[m - 1].weights.T @ delta) * self._dsigma(zs[m - 2])
        grads_w.reverse(); grads_b.reverse()
        return grads_w, grads_b

    def train(self, inputs, targets, learning_rate):
        gw, gb = self.gradients(inputs, targets)
        for layer, w, b in zip(self.layers, gw, gb):
            for name, g in (("weights", w), ("biases", b)):
                setattr(layer, name, getattr(layer, name) - learning_rate * g)
# %% after sigmoid_mlp
# experiment between the answers
np.random.seed(3)
_m = SigmoidMLP([2, 2, 1])
print(_m(XOR_INPUTS) if "XOR_INPUTS" in globals() else _m(np.eye(2)))
