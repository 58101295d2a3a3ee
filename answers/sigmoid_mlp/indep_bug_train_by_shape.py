# From an independent tester (round 116): SigmoidMLP.train finds each layer's gradient by the parameter's shape (dict keyed on shape): layers of equal shape all step with the last one's gradient.
# kind: bug
# fails: test_train: matched to the parameters by their shape
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
        delta = acts[-1] - targets
        B = inputs.shape[1]
        gW, gb = [None] * len(self.layers), [None] * len(self.layers)
        for m in range(len(self.layers) - 1, -1, -1):
            gW[m] = delta @ acts[m].T / B
            gb[m] = delta.sum(axis=1, keepdims=True) / B
            if m:
                delta = self.layers[m].weights.T @ delta * acts[m] * (1 - acts[m])
        return gW, gb

    def train(self, inputs, targets, learning_rate):
        gW, gb = self.gradients(inputs, targets)
        w_for = {g.shape: g for g in gW}
        b_for = {g.shape: g for g in gb}
        for layer in self.layers:
            layer.weights = layer.weights - learning_rate * w_for[layer.weights.shape]
            layer.biases = layer.biases - learning_rate * b_for[layer.biases.shape]
