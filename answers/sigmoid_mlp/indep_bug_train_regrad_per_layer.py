# From an independent tester (round 35).
# Part 1 train: recomputes self.gradients inside the loop over layers, so later layers get gradients at already-updated parameters.
# fails: test_train: train called self.gradients again after it had already moved some layers
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
        gw = [None] * len(self.layers)
        gb = [None] * len(self.layers)
        delta = acts[-1] - targets
        for m in reversed(range(len(self.layers))):
            gw[m] = delta.dot(acts[m].T) / B
            gb[m] = delta.sum(axis=1, keepdims=True) / B
            if m > 0:
                delta = self.layers[m].weights.T.dot(delta) * acts[m] * (1 - acts[m])
        return gw, gb

    def train(self, inputs, targets, learning_rate):
        for m, layer in enumerate(self.layers):
            gw, gb = self.gradients(inputs, targets)
            layer.weights -= learning_rate * gw[m]
            layer.biases -= learning_rate * gb[m]
