# From an independent tester (round 74): gradients does t = targets; t -= a (an alias: += on the caller's targets array), then delta = -t: right gradients, but the caller's targets (XOR_TARGETS in train_mlp!) are overwritten.
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
        acts = [inputs]
        for layer in self.layers:
            acts.append(layer(acts[-1]))
        B = inputs.shape[1]
        t = targets
        t -= acts[-1]
        delta = -t
        gw, gb = [], []
        for m in range(len(self.layers) - 1, -1, -1):
            gw.insert(0, delta @ acts[m].T / B)
            gb.insert(0, delta.mean(axis=1, keepdims=True))
            if m > 0:
                delta = (self.layers[m].weights.T @ delta) * acts[m] * (1 - acts[m])
        return gw, gb

    def train(self, inputs, targets, learning_rate):
        gw, gb = self.gradients(inputs, targets)
        for layer, dw, db in zip(self.layers, gw, gb):
            layer.weights = layer.weights - learning_rate * dw
            layer.biases = layer.biases - learning_rate * db
