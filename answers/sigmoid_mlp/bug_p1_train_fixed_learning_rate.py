# Part 1: SigmoidMLP.train uses a fixed step size 0.5 instead of its learning_rate argument. The visible check
# (learning_rate=0.5) passes; the hidden ones (2.0, 0.1) name the fixed step size (issue 17 item 3: a hard-coded
# step size is named as such, not as a normalisation of the cost or a missing factor 2).
# fails: test_train: the step is 0.5 x the gradient instead of learning_rate
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
        activations = [inputs]
        for layer in self.layers:
            activations.append(layer(activations[-1]))
        delta = activations[-1] - targets
        weight_gradients, bias_gradients = [], []
        for m in reversed(range(len(self.layers))):
            weight_gradients.insert(0, delta @ activations[m].T / inputs.shape[1])
            bias_gradients.insert(0, delta.mean(axis=1, keepdims=True))
            if m > 0:
                a = activations[m]
                delta = (self.layers[m].weights.T @ delta) * a * (1 - a)
        return weight_gradients, bias_gradients

    def train(self, inputs, targets, learning_rate):
        weight_gradients, bias_gradients = self.gradients(inputs, targets)
        for layer, dW, db in zip(self.layers, weight_gradients, bias_gradients):
            layer.weights -= 0.5 * dW
            layer.biases -= 0.5 * db
