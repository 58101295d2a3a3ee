# From an independent tester (round 69): train steps with the gradients of its previous call (kept in self._pending) and keeps the new ones: its first call
# moves nothing, every step is one late. It was told the parameters were unchanged because a loop rebinds its name.
# kind: bug
# fails: test_train: then took the step on its next call
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
        delta = acts[-1] - targets
        wg = [None] * len(self.layers)
        bg = [None] * len(self.layers)
        for m in range(len(self.layers) - 1, -1, -1):
            wg[m] = delta @ acts[m].T / B
            bg[m] = delta.sum(axis=1, keepdims=True) / B
            if m > 0:
                delta = (self.layers[m].weights.T @ delta) * acts[m] * (1 - acts[m])
        return wg, bg

    def train(self, inputs, targets, learning_rate):
        pending = getattr(self, "_pending", None)
        self._pending = self.gradients(inputs, targets)
        if pending is None:
            return
        wg, bg = pending
        for layer, dw, db in zip(self.layers, wg, bg):
            layer.weights = layer.weights - learning_rate * dw
            layer.biases = layer.biases - learning_rate * db
