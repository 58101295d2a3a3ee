# From an independent tester (round 125): SigmoidMLP.gradients by central differences, each parameter nudged in place through np.nditer (readwrite) by a step from np.spacing; the cost reads the nudged arrays through the layers, not as an argument.
# kind: other
# fails: test_gradients: NaN
# flagged: moves an entry of an array by a small step
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

    def _cost(self, inputs, targets):
        a = self(inputs)
        return -np.mean(np.sum(targets * np.log(a) + (1 - targets) * np.log(1 - a), axis=0))

    def gradients(self, inputs, targets):
        s = float(np.spacing(np.float32(64)))
        out_w, out_b = [], []
        for layer in self.layers:
            for p, out in ((layer.weights, out_w), (layer.biases, out_b)):
                g = np.zeros_like(p)
                it = np.nditer(p, flags=["multi_index"], op_flags=["readwrite"])
                for v in it:
                    old = float(v)
                    v[...] = old + s
                    up = self._cost(inputs, targets)
                    v[...] = old - s
                    dn = self._cost(inputs, targets)
                    v[...] = old
                    g[it.multi_index] = (up - dn) / (2 * s)
                out.append(g)
        return out_w, out_b

    def train(self, inputs, targets, learning_rate):
        weight_gradients, bias_gradients = self.gradients(inputs, targets)
        for layer, dW, db in zip(self.layers, weight_gradients, bias_gradients):
            layer.weights -= learning_rate * dW
            layer.biases -= learning_rate * db
