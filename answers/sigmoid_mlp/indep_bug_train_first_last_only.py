# From an independent tester (round 108): train updates only the first (hidden) and the last (output) layer: right for one hidden layer, deeper networks keep their middle layers frozen.
# kind: bug
# fails: test_train: between them, took none
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
        B = inputs.shape[1]
        delta = activations[-1] - targets
        gw = [None] * len(self.layers)
        gb = [None] * len(self.layers)
        for m in range(len(self.layers) - 1, -1, -1):
            gw[m] = delta @ activations[m].T / B
            gb[m] = delta.mean(axis=1, keepdims=True)
            if m > 0:
                a = activations[m]
                delta = (self.layers[m].weights.T @ delta) * a * (1 - a)
        return gw, gb

    def train(self, inputs, targets, learning_rate):
        gw, gb = self.gradients(inputs, targets)
        hidden, output = self.layers[0], self.layers[-1]
        hidden.weights = hidden.weights - learning_rate * gw[0]
        hidden.biases = hidden.biases - learning_rate * gb[0]
        output.weights = output.weights - learning_rate * gw[-1]
        output.biases = output.biases - learning_rate * gb[-1]
