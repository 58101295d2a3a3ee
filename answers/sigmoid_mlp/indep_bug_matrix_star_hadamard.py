# From an independent tester (round 84): MATLAB habit on np.matrix: sigma'(z) written A[m] * (1 - A[m]).T, a matrix product (a .T added to make * "fit") where the elementwise a.*(1-a) was meant.
# kind: bug
# fails: test_gradients: SigmoidMLP.gradients works on np.matrix
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
        B = inputs.shape[1]
        A = [np.asmatrix(inputs)]
        for layer in self.layers:
            A.append(np.asmatrix(layer(A[-1].A)))
        D = A[-1] - np.asmatrix(targets)
        gW, gb = [None] * len(self.layers), [None] * len(self.layers)
        for m in range(len(self.layers) - 1, -1, -1):
            gW[m] = (D * A[m].T / B).A
            gb[m] = (D.sum(axis=1) / B).A
            if m > 0:
                W = np.asmatrix(self.layers[m].weights)
                D = np.multiply(W.T * D, A[m] * (1 - A[m]).T)
        return gW, gb

    def train(self, inputs, targets, learning_rate):
        gW, gb = self.gradients(inputs, targets)
        for layer, dW, db in zip(self.layers, gW, gb):
            layer.weights = layer.weights - learning_rate * dW
            layer.biases = layer.biases - learning_rate * db

