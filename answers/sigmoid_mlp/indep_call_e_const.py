# From an independent tester (round 132): SigmoidMLP.__call__ (float64) with its own sigmoid written with e hard-coded as 2.71828 (not Layer's np.exp): every output slightly wrong, a relative error up to |z| * 7e-7; values are compared at 2e-5 whatever the dtype.
# kind: bug
# fails: test_gradients: e written as a decimal
# %% sigmoid_mlp
class SigmoidMLP:
    def __init__(self, layer_widths):
        self.layers = []
        for inputs, outputs in zip(layer_widths[:-1], layer_widths[1:]):
            self.layers.append(Layer(inputs, outputs))

    def __call__(self, inputs):
        a = inputs
        for layer in self.layers:
            with np.errstate(over="ignore"):
                a = 1 / (1 + 2.71828 ** -(layer.weights @ a + layer.biases))
        return a

    def gradients(self, inputs, targets):
        activations = [inputs]
        for layer in self.layers:
            activations.append(layer(activations[-1]))
        batch_size = inputs.shape[1]
        delta = activations[-1] - targets
        weight_gradients, bias_gradients = [], []
        for m in reversed(range(len(self.layers))):
            weight_gradients.insert(0, delta @ activations[m].T / batch_size)
            bias_gradients.insert(0, delta.mean(axis=1, keepdims=True))
            if m > 0:
                a = activations[m]
                delta = (self.layers[m].weights.T @ delta) * a * (1 - a)
        return weight_gradients, bias_gradients

    def train(self, inputs, targets, learning_rate):
        weight_gradients, bias_gradients = self.gradients(inputs, targets)
        for layer, dW, db in zip(self.layers, weight_gradients, bias_gradients):
            layer.weights -= learning_rate * dW
            layer.biases -= learning_rate * db
