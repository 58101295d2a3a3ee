# From an independent tester (round 78): Trick: SigmoidMLP.gradients uses scipy.optimize.approx_fprime on the flattened parameters (estimate; scipy not installed when graded).
# kind: bug
# The scan did not name approx_fprime, imported inside the method (only a setattr was flagged).
# fails: test_gradients
# flagged: gradients calls scipy.optimize.approx_fprime (finite differences)
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
        from scipy.optimize import approx_fprime
        out_w, out_b = [], []
        for layer in self.layers:
            for name, out in (("weights", out_w), ("biases", out_b)):
                p0 = getattr(layer, name).copy()
                def c(flat, layer=layer, name=name, p0=p0):
                    setattr(layer, name, flat.reshape(p0.shape))
                    a = self(inputs)
                    setattr(layer, name, p0)
                    return -np.mean(np.sum(targets * np.log(a) + (1 - targets) * np.log(1 - a), axis=0))
                out.append(approx_fprime(p0.ravel(), c, 1e-7).reshape(p0.shape))
        return out_w, out_b
        activations = [inputs]
        a = inputs
        for layer in self.layers:
            a = layer(a)
            activations.append(a)
        B = inputs.shape[1]
        delta = activations[-1] - targets
        wg = [None] * len(self.layers)
        bg = [None] * len(self.layers)
        for m in range(len(self.layers) - 1, -1, -1):
            wg[m] = delta.dot(activations[m].T) / B
            bg[m] = delta.sum(axis=1, keepdims=True) / B
            if m > 0:
                a_m = activations[m]
                delta = self.layers[m].weights.T.dot(delta) * a_m * (1 - a_m)
        return wg, bg

    def train(self, inputs, targets, learning_rate):
        wg, bg = self.gradients(inputs, targets)
        for layer, gw, gb in zip(self.layers, wg, bg):
            layer.weights = layer.weights - learning_rate * gw
            layer.biases = layer.biases - learning_rate * gb
