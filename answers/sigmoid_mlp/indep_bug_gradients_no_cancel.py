# From an independent tester (round 49).
# SigmoidMLP.gradients forms the output delta without the cancellation, (a-t)/(a(1-a)) * a(1-a): nan once an output saturates to exactly 0 or 1 (large values).
# fails: test_gradients: delta = a - t
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
        activations = [inputs]
        a = inputs
        for layer in self.layers:
            a = layer(a)
            activations.append(a)
        B = inputs.shape[1]
        L = len(self.layers)
        gw = [None] * L
        gb = [None] * L
        aL = activations[-1]
        dC_da = (aL - targets) / (aL * (1 - aL))
        delta = dC_da * aL * (1 - aL)
        for m in range(L - 1, -1, -1):
            gw[m] = delta.dot(activations[m].T) / B
            gb[m] = delta.sum(axis=1, keepdims=True) / B
            if m > 0:
                a_low = activations[m]
                delta = self.layers[m].weights.T.dot(delta) * a_low * (1 - a_low)
        return gw, gb

    def train(self, inputs, targets, learning_rate):
        gw, gb = self.gradients(inputs, targets)
        for layer, dw, db in zip(self.layers, gw, gb):
            layer.weights = layer.weights - learning_rate * dw
            layer.biases = layer.biases - learning_rate * db
