# From an independent tester (round 121): SigmoidMLP.gradients sums instead of averaging once the batch holds more than 40 samples (round 120 checks went up to 40).
# fails: test_gradients: it is B = 64 times the true gradient
# kind: bug
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
        scale = B if B <= 40 else 1
        delta = acts[-1] - targets
        gw, gb = [], []
        for m in range(len(self.layers) - 1, -1, -1):
            gw.insert(0, delta.dot(acts[m].T) / scale)
            gb.insert(0, delta.sum(axis=1, keepdims=True) / scale)
            if m > 0:
                delta = self.layers[m].weights.T.dot(delta) * acts[m] * (1 - acts[m])
        return gw, gb

    def train(self, inputs, targets, learning_rate):
        gw, gb = self.gradients(inputs, targets)
        for layer, dw, db in zip(self.layers, gw, gb):
            layer.weights = layer.weights - learning_rate * dw
            layer.biases = layer.biases - learning_rate * db

