# From an independent tester (round 86): train caches the gradients on id(inputs) "to skip the backward pass when the batch is the same": every later step on the same input array (XOR_INPUTS each step) reuses the first step's stale gradients.
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
        activations = [inputs]
        for layer in self.layers:
            activations.append(layer(activations[-1]))
        B = inputs.shape[1]
        delta = activations[-1] - targets
        gW = [None] * len(self.layers)
        gb = [None] * len(self.layers)
        for m in range(len(self.layers) - 1, -1, -1):
            gW[m] = delta.dot(activations[m].T) / B
            gb[m] = delta.sum(axis=1, keepdims=True) / B
            if m > 0:
                a = activations[m]
                delta = self.layers[m].weights.T.dot(delta) * a * (1 - a)
        return gW, gb

    def train(self, inputs, targets, learning_rate):
        if getattr(self, "_grad_key", None) == (id(inputs), id(targets)):
            gW, gb = self._grad_cache
        else:
            gW, gb = self.gradients(inputs, targets)
            self._grad_key = (id(inputs), id(targets))
            self._grad_cache = (gW, gb)
        for layer, dW, db in zip(self.layers, gW, gb):
            layer.weights = layer.weights - learning_rate * dW
            layer.biases = layer.biases - learning_rate * db
