# From an independent tester (round 117): gradients takes the number of layers L from len(targets) (the number of outputs) instead of len(self.layers).
# kind: bug
# fails: test_gradients: Its length, 1, is len(targets) (the number of output units): is the number of layers taken from it?
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
        L = len(targets)
        acts = [inputs]
        for m in range(L):
            acts.append(self.layers[m](acts[-1]))
        B = inputs.shape[1]
        delta = acts[-1] - targets
        gW, gb = [None] * L, [None] * L
        for m in reversed(range(L)):
            gW[m] = delta @ acts[m].T / B
            gb[m] = delta.mean(axis=1, keepdims=True)
            if m:
                delta = (self.layers[m].weights.T @ delta) * acts[m] * (1 - acts[m])
        return gW, gb

    def train(self, inputs, targets, learning_rate):
        gW, gb = self.gradients(inputs, targets)
        for layer, dW, db in zip(self.layers, gW, gb):
            layer.weights = layer.weights - learning_rate * dW
            layer.biases = layer.biases - learning_rate * db
