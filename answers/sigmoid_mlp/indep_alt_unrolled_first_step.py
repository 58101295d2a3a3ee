# From an independent tester (round 106): SigmoidMLP.gradients with the first backward step unrolled before the loop (turned out correct for every depth, incl. no hidden layer).
# kind: alt
# score: full
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
        L = len(self.layers)
        gW = [None] * L
        gb = [None] * L
        delta = acts[-1] - targets
        gW[-1] = delta @ acts[-2].T / B
        gb[-1] = delta.mean(axis=1, keepdims=True)
        delta = (self.layers[-1].weights.T @ delta) * acts[-2] * (1 - acts[-2])
        for m in range(L - 2, -1, -1):
            gW[m] = delta @ acts[m].T / B
            gb[m] = delta.mean(axis=1, keepdims=True)
            if m > 0:
                delta = (self.layers[m].weights.T @ delta) * acts[m] * (1 - acts[m])
        return gW, gb

    def train(self, inputs, targets, learning_rate):
        gW, gb = self.gradients(inputs, targets)
        for layer, dW, db in zip(self.layers, gW, gb):
            layer.weights = layer.weights - learning_rate * dW
            layer.biases = layer.biases - learning_rate * db
