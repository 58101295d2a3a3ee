# From an independent tester (round 102): gradients computes the output delta as (a - t)/(a(1-a)) * a(1-a): nan once an output saturates to exactly 0 or 1.
# kind: bug
# fails: test_gradients: delta = a - t
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
        a = acts[-1]
        dC_da = (a - targets) / (a * (1 - a))
        delta = dC_da * a * (1 - a)
        B = inputs.shape[1]
        gW, gb = [None] * len(self.layers), [None] * len(self.layers)
        for m in range(len(self.layers) - 1, -1, -1):
            gW[m] = delta @ acts[m].T / B
            gb[m] = delta.sum(axis=1, keepdims=True) / B
            if m > 0:
                delta = self.layers[m].weights.T @ delta * acts[m] * (1 - acts[m])
        return gW, gb

    def train(self, inputs, targets, learning_rate):
        gW, gb = self.gradients(inputs, targets)
        for layer, w, b in zip(self.layers, gW, gb):
            layer.weights = layer.weights - learning_rate * w
            layer.biases = layer.biases - learning_rate * b
