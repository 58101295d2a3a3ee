# Bug (train): the student updates the layers one at a time and asks self.gradients again after each
# update, so the gradient of every later layer is taken at parameters already moved by the step
# (of the layers before it), not at the point where the step started: an update applied before the gradient of
# another parameter is computed. Correct for a one-layer network only.
# fails: test_train: half-updated network
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
        gw = [None] * len(self.layers)
        gb = [None] * len(self.layers)
        for m in range(len(self.layers) - 1, -1, -1):
            gw[m] = delta @ acts[m].T / B
            gb[m] = delta.sum(axis=1, keepdims=True) / B
            if m > 0:
                delta = (self.layers[m].weights.T @ delta) * acts[m] * (1 - acts[m])
        return gw, gb

    def train(self, inputs, targets, learning_rate):
        for m, layer in enumerate(self.layers):
            gw, gb = self.gradients(inputs, targets)
            layer.weights = layer.weights - learning_rate * gw[m]
            layer.biases = layer.biases - learning_rate * gb[m]
