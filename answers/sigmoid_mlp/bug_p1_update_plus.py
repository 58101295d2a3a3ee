# Part 1: SigmoidMLP.train adds the gradient (gradient ascent); gradients itself is right. Only the test
# of train loses points: train_mlp and XOR are graded with the reference class.
# fails: test_train: the step goes uphill
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
        delta = (activations[-1] - targets) / inputs.shape[1]
        weight_gradients, bias_gradients = [], []
        for m in reversed(range(len(self.layers))):
            weight_gradients.insert(0, delta @ activations[m].T)
            bias_gradients.insert(0, delta.sum(axis=1, keepdims=True))
            if m > 0:
                a = activations[m]
                delta = (self.layers[m].weights.T @ delta) * a * (1 - a)
        return weight_gradients, bias_gradients

    def train(self, inputs, targets, learning_rate):
        weight_gradients, bias_gradients = self.gradients(inputs, targets)
        for layer, dW, db in zip(self.layers, weight_gradients, bias_gradients):
            layer.weights += learning_rate * dW
            layer.biases += learning_rate * db
