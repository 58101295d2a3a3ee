# Part 1: SigmoidMLP.gradients carries delta down as W^T delta without the factor a(1 - a): the gradient with
# respect to the activation, not the pre-activation (issue 17: a missing a(1 - a), named).
# fails: test_gradients: weight_gradients[0] (dC/dW of layers[0]): the sigmoid derivative is missing when delta is carried down
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
        delta = acts[-1] - targets
        weight_gradients, bias_gradients = [], []
        for m in reversed(range(len(self.layers))):
            weight_gradients.insert(0, delta @ acts[m].T / inputs.shape[1])
            bias_gradients.insert(0, delta.mean(axis=1, keepdims=True))
            if m > 0:
                delta = self.layers[m].weights.T @ delta
        return weight_gradients, bias_gradients

    def train(self, inputs, targets, learning_rate):
        weight_gradients, bias_gradients = self.gradients(inputs, targets)
        for layer, dW, db in zip(self.layers, weight_gradients, bias_gradients):
            layer.weights -= learning_rate * dW
            layer.biases -= learning_rate * db
