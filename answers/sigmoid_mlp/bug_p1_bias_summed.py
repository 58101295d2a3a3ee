# Part 1: SigmoidMLP.gradients sums the bias gradient over the batch instead of averaging it (the weight
# gradient is averaged correctly).
# fails: test_gradients: bias_gradients[1] (dC/db of layers[1]): it is B = 5 times the true gradient: the gradient of the sum
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
        n = inputs.shape[1]
        delta = acts[-1] - targets
        weight_gradients = [None] * len(self.layers)
        bias_gradients = [None] * len(self.layers)
        for m in reversed(range(len(self.layers))):
            weight_gradients[m] = delta.dot(acts[m].T) / n
            bias_gradients[m] = delta.sum(axis=1).reshape(-1, 1)
            if m > 0:
                delta = self.layers[m].weights.T.dot(delta) * acts[m] * (1 - acts[m])
        return weight_gradients, bias_gradients

    def train(self, inputs, targets, learning_rate):
        weight_gradients, bias_gradients = self.gradients(inputs, targets)
        for layer, dW, db in zip(self.layers, weight_gradients, bias_gradients):
            layer.weights = layer.weights - learning_rate * dW
            layer.biases = layer.biases - learning_rate * db
