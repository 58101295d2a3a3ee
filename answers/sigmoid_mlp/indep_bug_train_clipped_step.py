# From an independent tester (round 99): SigmoidMLP.train clips every step component to [-0.25, 0.25] ("for stability"): wrong for large rates or gradients.
# kind: bug
# fails: test_train
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
        gw = [None] * len(self.layers); gb = [None] * len(self.layers)
        for m in range(len(self.layers) - 1, -1, -1):
            gw[m] = delta @ acts[m].T / B
            gb[m] = delta.sum(axis=1, keepdims=True) / B
            if m > 0:
                delta = (self.layers[m].weights.T @ delta) * acts[m] * (1 - acts[m])
        return gw, gb

    def train(self, inputs, targets, learning_rate):
        gw, gb = self.gradients(inputs, targets)
        for layer, w, b in zip(self.layers, gw, gb):
            layer.weights = layer.weights - np.clip(learning_rate * w, -0.25, 0.25)
            layer.biases = layer.biases - np.clip(learning_rate * b, -0.25, 0.25)
