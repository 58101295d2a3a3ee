# From an independent tester (round 76): gradients np.squeeze()s every weight gradient: a layer of one unit (e.g. the [2, 4, 1] XOR net) gets shape (inputs,) instead of (1, inputs) -- hidden only from the visible widths, which end in 2 or 3 units; should lose test_gradients.
# kind: bug
# fails: test_gradients
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
        B = inputs.shape[1]
        acts = [inputs]
        for layer in self.layers:
            acts.append(layer(acts[-1]))
        delta = acts[-1] - targets
        gw = [None] * len(self.layers)
        gb = [None] * len(self.layers)
        for m in range(len(self.layers) - 1, -1, -1):
            gw[m] = np.squeeze(delta @ acts[m].T / B)
            gb[m] = delta.mean(axis=1, keepdims=True)
            if m > 0:
                delta = self.layers[m].weights.T @ delta * acts[m] * (1 - acts[m])
        return gw, gb

    def train(self, inputs, targets, learning_rate):
        gw, gb = self.gradients(inputs, targets)
        for layer, dW, db in zip(self.layers, gw, gb):
            layer.weights = layer.weights - learning_rate * dW
            layer.biases = layer.biases - learning_rate * db
