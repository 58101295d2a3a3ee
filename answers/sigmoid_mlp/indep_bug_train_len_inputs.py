# From an independent tester (round 117): SigmoidMLP.train loops over range(len(inputs)) (the number of input rows) instead of the number of layers.
# kind: bug
# fails: test_train: counting something else than the layers (len(inputs) (the number of input units)
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
        gW, gb = [None] * len(self.layers), [None] * len(self.layers)
        for m in reversed(range(len(self.layers))):
            gW[m] = delta @ acts[m].T / B
            gb[m] = delta.mean(axis=1, keepdims=True)
            if m:
                delta = (self.layers[m].weights.T @ delta) * acts[m] * (1 - acts[m])
        return gW, gb

    def train(self, inputs, targets, learning_rate):
        gW, gb = self.gradients(inputs, targets)
        for m in range(min(len(inputs), len(self.layers))):
            self.layers[m].weights = self.layers[m].weights - learning_rate * gW[m]
            self.layers[m].biases = self.layers[m].biases - learning_rate * gb[m]
