# From an independent tester (round 132): SigmoidMLP.__call__ (float64) that clips every layer's output to [1e-5, 1 - 1e-5] "so the cross-entropy never takes log(0)": the network's output is wrong for every saturated unit (a real slip; gradients are right).
# kind: bug
# fails: test_gradients: the output clipped
# %% sigmoid_mlp
class SigmoidMLP:
    def __init__(self, layer_widths):
        self.layers = []
        for inputs, outputs in zip(layer_widths[:-1], layer_widths[1:]):
            self.layers.append(Layer(inputs, outputs))

    def __call__(self, inputs):
        a = inputs
        for layer in self.layers:
            a = np.clip(layer(a), 1e-5, 1 - 1e-5)
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
