# Part 1: SigmoidMLP.gradients estimates every gradient by central differences of the cross-entropy
# (perturbing each weight and bias in turn) instead of backpropagating. The visible check passes, but the
# hidden one rejects it: gradients must be derived. train, train_mlp and XOR keep their points.
# fails: test_gradients: estimated numerically
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

    def cost(self, inputs, targets):
        a = self(inputs)
        return -np.mean(np.sum(targets * np.log(a) + (1 - targets) * np.log(1 - a), axis=0))

    def gradients(self, inputs, targets):
        eps = 1e-5
        weight_gradients, bias_gradients = [], []
        for layer in self.layers:
            for param, out in ((layer.weights, weight_gradients), (layer.biases, bias_gradients)):
                grad = np.zeros_like(param)
                for idx in np.ndindex(param.shape):
                    old = param[idx]
                    param[idx] = old + eps
                    plus = self.cost(inputs, targets)
                    param[idx] = old - eps
                    minus = self.cost(inputs, targets)
                    param[idx] = old
                    grad[idx] = (plus - minus) / (2 * eps)
                out.append(grad)
        return weight_gradients, bias_gradients

    def train(self, inputs, targets, learning_rate):
        weight_gradients, bias_gradients = self.gradients(inputs, targets)
        for layer, dW, db in zip(self.layers, weight_gradients, bias_gradients):
            layer.weights -= learning_rate * dW
            layer.biases -= learning_rate * db
