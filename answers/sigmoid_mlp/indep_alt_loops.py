# From an independent tester (round 106): SigmoidMLP.gradients and train written with explicit per-sample Python loops (no batched matrix products).
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
        L = len(self.layers)
        B = inputs.shape[1]
        gW = [np.zeros_like(l.weights, dtype=float) for l in self.layers]
        gb = [np.zeros_like(l.biases, dtype=float) for l in self.layers]
        for s in range(B):
            x = inputs[:, s:s + 1]
            acts = [x]
            for layer in self.layers:
                acts.append(layer(acts[-1]))
            delta = acts[-1] - targets[:, s:s + 1]
            for m in range(L - 1, -1, -1):
                for i in range(delta.shape[0]):
                    for j in range(acts[m].shape[0]):
                        gW[m][i, j] += delta[i, 0] * acts[m][j, 0] / B
                    gb[m][i, 0] += delta[i, 0] / B
                if m > 0:
                    W = self.layers[m].weights
                    new = np.zeros((W.shape[1], 1))
                    for j in range(W.shape[1]):
                        acc = 0.0
                        for i in range(W.shape[0]):
                            acc += W[i, j] * delta[i, 0]
                        new[j, 0] = acc * acts[m][j, 0] * (1 - acts[m][j, 0])
                    delta = new
        return gW, gb

    def train(self, inputs, targets, learning_rate):
        gW, gb = self.gradients(inputs, targets)
        for m in range(len(self.layers)):
            layer = self.layers[m]
            layer.weights = layer.weights - learning_rate * gW[m]
            layer.biases = layer.biases - learning_rate * gb[m]
