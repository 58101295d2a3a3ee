# State kept between calls: the activations list is a CLASS attribute appended to on every gradients()
# call and read from the front (acts[0], acts[1], ...), so the second call (or a second network) uses the
# first call's activations. The first call on a fresh kernel is right.
# fails: test_gradients: earlier call
# %% sigmoid_mlp
class SigmoidMLP:
    _acts = []

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
        acts = self._acts
        acts.append(inputs)
        a = inputs
        for layer in self.layers:
            a = layer(a)
            acts.append(a)
        L = len(self.layers)
        B = inputs.shape[1]
        delta = acts[L] - targets
        wg = [None] * L
        bg = [None] * L
        for m in range(L - 1, -1, -1):
            wg[m] = delta @ acts[m].T / B
            bg[m] = delta.mean(axis=1, keepdims=True)
            if m > 0:
                delta = self.layers[m].weights.T @ delta * acts[m] * (1 - acts[m])
        return wg, bg

    def train(self, inputs, targets, learning_rate):
        wg, bg = self.gradients(inputs, targets)
        for layer, gw, gb in zip(self.layers, wg, bg):
            layer.weights -= learning_rate * gw
            layer.biases -= learning_rate * gb
