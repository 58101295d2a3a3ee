# From an independent tester (round 35).
# Student overrides __call__ to cache every layer's activations in self._acts, and gradients calls self(inputs) and
# reads self._acts. Mathematically right; the notebook's rule (methods not graded are replaced, what they store is not
# there) made me expect a loss, but the grader keeps the student's __call__: full marks, which is the fair outcome.
# kind: alt
# %% sigmoid_mlp
class SigmoidMLP:
    def __init__(self, layer_widths):
        """A stack of sigmoid layers; layer_widths = [inputs, hidden widths..., outputs]."""
        self.layers = []
        for inputs, outputs in zip(layer_widths[:-1], layer_widths[1:]):
            self.layers.append(Layer(inputs, outputs))

    def __call__(self, inputs):
        a = inputs
        self._acts = [a]
        for layer in self.layers:
            a = layer(a)
            self._acts.append(a)
        return a

    def gradients(self, inputs, targets):
        self(inputs)
        acts = self._acts
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
        gw, gb = self.gradients(inputs, targets)
        for layer, dw, db in zip(self.layers, gw, gb):
            layer.weights -= learning_rate * dw
            layer.biases -= learning_rate * db
