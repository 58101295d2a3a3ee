# Correct: SigmoidMLP is a subclass of the student's own base class with __slots__ and a property listing the
# parameters; gradients uses a @staticmethod helper and a @classmethod-free forward that reuses self(...) layer
# by layer. train builds new arrays (no in-place).
# kind: alt
# %% sigmoid_mlp
class _Net:
    __slots__ = ("layers",)

    @property
    def params(self):
        return [(l.weights, l.biases) for l in self.layers]

    @staticmethod
    def _dsig_from_a(a):
        return a * (1.0 - a)


class SigmoidMLP(_Net):
    __slots__ = ()

    def __init__(self, layer_widths):
        self.layers = [Layer(i, o) for i, o in zip(layer_widths[:-1], layer_widths[1:])]

    def __call__(self, inputs):
        a = inputs
        for layer in self.layers:
            a = layer(a)
        return a

    def gradients(self, inputs, targets):
        acts = [inputs]
        for layer in self.layers:
            acts.append(layer(acts[-1]))
        B = acts[0].shape[1]
        delta = acts[-1] - targets
        out_w, out_b = [], []
        for m in reversed(range(len(self.layers))):
            out_w.append(delta @ acts[m].T / B)
            out_b.append(np.mean(delta, axis=1, keepdims=True))
            if m > 0:
                delta = (self.params[m][0].T @ delta) * self._dsig_from_a(acts[m])
        return out_w[::-1], out_b[::-1]

    def train(self, inputs, targets, learning_rate):
        gw, gb = self.gradients(inputs, targets)
        for layer, dw, db in zip(self.layers, gw, gb):
            layer.weights, layer.biases = layer.weights - learning_rate * dw, layer.biases - learning_rate * db
