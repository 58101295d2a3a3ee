# From an independent tester (round 42).
# SigmoidMLP.gradients carries delta down with self.layers[-1].weights (the output layer's W) for every hidden layer: right only with one hidden layer.
# Its message depends on the hidden layer sizes: a ValueError of shapes that do not fit ("... or an array of another
# layer?") or, with square layers, "look at how delta is carried down from layers[1] to layers[0]: W^T delta with the W of
# layers[1]"...
# fails: test_gradients
# %% sigmoid_mlp
class SigmoidMLP:
    def __init__(self, layer_widths):
        """A stack of sigmoid layers; layer_widths = [inputs, hidden widths..., outputs]."""
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
        L = len(self.layers)
        gW = [None] * L
        gb = [None] * L
        delta = acts[-1] - targets
        for m in reversed(range(L)):
            gW[m] = delta.dot(acts[m].T) / B
            gb[m] = delta.mean(axis=1, keepdims=True)
            if m > 0:
                delta = self.layers[-1].weights.T.dot(delta) * (acts[m] * (1 - acts[m]))
        return gW, gb

    def train(self, inputs, targets, learning_rate):
        gW, gb = self.gradients(inputs, targets)
        for layer, dW, db in zip(self.layers, gW, gb):
            layer.weights = layer.weights - learning_rate * dW
            layer.biases = layer.biases - learning_rate * db
