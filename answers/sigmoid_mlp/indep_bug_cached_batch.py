# From an independent tester (round 104): gradients remembers the batch size of its first call on self and divides by it ever after (another batch size on the same network gives wrong averages).
# kind: bug
# fails: test_gradients: called again on a batch of 6
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
        if not hasattr(self, "batch_size"):
            self.batch_size = inputs.shape[1]
        acts = [inputs]
        for layer in self.layers:
            acts.append(layer(acts[-1]))
        B = self.batch_size
        delta = acts[-1] - targets
        gw, gb = [None] * len(self.layers), [None] * len(self.layers)
        for m in range(len(self.layers) - 1, -1, -1):
            gw[m] = delta @ acts[m].T / B
            gb[m] = delta.sum(axis=1, keepdims=True) / B
            if m > 0:
                delta = self.layers[m].weights.T @ delta * acts[m] * (1 - acts[m])
        return gw, gb

    def train(self, inputs, targets, learning_rate):
        gw, gb = self.gradients(inputs, targets)
        for layer, w, b in zip(self.layers, gw, gb):
            layer.weights = layer.weights - learning_rate * w
            layer.biases = layer.biases - learning_rate * b
