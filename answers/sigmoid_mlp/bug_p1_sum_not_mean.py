# Part 1: SigmoidMLP.gradients returns the gradient of the summed cost (no 1/B anywhere, bias summed too):
# the gradient of the sum where the mean is asked (issue 17), named with the batch size.
# fails: test_gradients: weight_gradients[1] (dC/dW of layers[1]): it is B = 5 times the true gradient: the gradient of the sum
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
            weight_gradients.insert(0, delta @ acts[m].T)
            bias_gradients.insert(0, delta.sum(axis=1, keepdims=True))
            if m > 0:
                delta = (self.layers[m].weights.T @ delta) * acts[m] * (1 - acts[m])
        return weight_gradients, bias_gradients

    def train(self, inputs, targets, learning_rate):
        weight_gradients, bias_gradients = self.gradients(inputs, targets)
        for layer, dW, db in zip(self.layers, weight_gradients, bias_gradients):
            layer.weights -= learning_rate * dW
            layer.biases -= learning_rate * db
