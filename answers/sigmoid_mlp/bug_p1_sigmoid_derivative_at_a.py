# Part 1: SigmoidMLP.gradients applies the sigmoid derivative formula to the stored activation a = sigma(z),
# i.e. computes sigma'(sigma(z)) instead of sigma'(z) = a(1 - a). The message names it (issue 17: the
# derivative at the activation instead of the pre-activation). test_xor keeps its points: it grades train_mlp
# with the reference class.
# fails: test_gradients: weight_gradients[0] (dC/dW of layers[0]): the sigmoid derivative is taken at the activation a = sigma(z) instead of at the pre-activation z
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
        outs = [inputs]
        for layer in self.layers:
            outs.append(layer(outs[-1]))
        B = inputs.shape[1]
        delta = outs[-1] - targets
        dWs, dbs = [], []
        for m in range(len(self.layers) - 1, -1, -1):
            dWs.append(delta @ outs[m].T / B)
            dbs.append(np.mean(delta, axis=1, keepdims=True))
            if m > 0:
                sig = 1 / (1 + np.exp(-outs[m]))   # sigma'(x) = sigma(x)(1 - sigma(x)) ...at x = a
                delta = (self.layers[m].weights.T @ delta) * sig * (1 - sig)
        return dWs[::-1], dbs[::-1]

    def train(self, inputs, targets, learning_rate):
        dWs, dbs = self.gradients(inputs, targets)
        for layer, dW, db in zip(self.layers, dWs, dbs):
            layer.weights -= learning_rate * dW
            layer.biases -= learning_rate * db
