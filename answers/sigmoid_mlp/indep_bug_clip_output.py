# SUBTLE BUG (clipping): gradients clips the output activation to [1e-2, 1 - 1e-2] "so that log never sees 0"
# before forming delta = a - t. Wrong whenever an output is saturated (|z| > 4.6 at the output), right
# otherwise. Expect: caught only if a test uses a network/batch with a saturated output (large weights or
# inputs); with standard-normal weights on small networks it may well slip through.
# Round 33: kept full marks while no checked output was beyond [0.01, 0.99]; a hidden network now has saturated outputs.
# fails: test_gradients: outputs near 0 or 1
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
        out = np.clip(acts[-1], 1e-2, 1 - 1e-2)
        delta = out - targets
        gw, gb = [None] * len(self.layers), [None] * len(self.layers)
        for m in range(len(self.layers) - 1, -1, -1):
            gw[m] = delta @ acts[m].T / B
            gb[m] = delta.mean(axis=1, keepdims=True)
            if m:
                delta = self.layers[m].weights.T @ delta * acts[m] * (1 - acts[m])
        return gw, gb

    def train(self, inputs, targets, learning_rate):
        gw, gb = self.gradients(inputs, targets)
        for layer, dw, db in zip(self.layers, gw, gb):
            layer.weights = layer.weights - learning_rate * dw
            layer.biases = layer.biases - learning_rate * db
