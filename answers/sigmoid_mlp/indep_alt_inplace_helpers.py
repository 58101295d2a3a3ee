# From an independent tester (round 106): SigmoidMLP with helper methods (a forward pass that keeps activations), tuples returned, in-place updates in train.
# kind: alt
# score: full
# %% sigmoid_mlp
class SigmoidMLP:
    def __init__(self, layer_widths):
        self.layers = [Layer(i, o) for i, o in zip(layer_widths[:-1], layer_widths[1:])]

    def __call__(self, inputs):
        return self._forward(inputs)[-1]

    def _forward(self, inputs):
        acts = [inputs]
        for layer in self.layers:
            acts.append(layer(acts[-1]))
        return acts

    @staticmethod
    def _sigma_prime_from_a(a):
        return a * (1.0 - a)

    def gradients(self, inputs, targets):
        acts = self._forward(inputs)
        B = inputs.shape[1]
        delta = acts[-1] - targets
        gW, gb = [], []
        for m in reversed(range(len(self.layers))):
            gW.insert(0, np.einsum('is,js->ij', delta, acts[m]) / B)
            gb.insert(0, np.mean(delta, axis=1, keepdims=True))
            if m:
                delta = (self.layers[m].weights.T @ delta) * self._sigma_prime_from_a(acts[m])
        return tuple(gW), tuple(gb)

    def train(self, inputs, targets, learning_rate):
        gW, gb = self.gradients(inputs, targets)
        for layer, dW, db in zip(self.layers, gW, gb):
            layer.weights -= learning_rate * dW
            layer.biases -= learning_rate * db
