# Part 1: SigmoidMLP.train calls self.gradients(targets, inputs), the arguments swapped. When graded its test gives
# the network a stand-in gradients, which recognises the two arrays: the message says the order is wrong, not
# "raised by your SigmoidMLP.train". gradients itself is right and keeps its points.
# fails: test_train: it called self.gradients(targets, inputs): the arguments are in the wrong order
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
        weight_gradients, bias_gradients = self.gradients(targets, inputs)
        for layer, dW, db in zip(self.layers, weight_gradients, bias_gradients):
            layer.weights -= learning_rate * dW
            layer.biases -= learning_rate * db
