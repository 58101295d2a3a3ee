# The seed homework's real student answer for the class (seed 1), rewritten into this notebook's split:
# gradients computes an extra (unused) delta for the input layer and throws it away via cost_partials[1:];
# bias gradient via mean(axis=1).reshape(-1, 1). It is correct. train_mlp fixed to use n_iterations, [2,4,1].
# kind: alt
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
        layer_outputs = [inputs]
        for layer in self.layers:
            layer_outputs.append(layer(layer_outputs[-1]))
        cost_partials = [layer_outputs[-1] - targets]
        for layer, layer_output in zip(reversed(self.layers), reversed(layer_outputs[:-1])):
            cost_partials.append(layer.weights.T.dot(cost_partials[-1]) * layer_output * (1 - layer_output))
        cost_partials.reverse()
        weight_gradients = []
        for cost_partial, layer_output in zip(cost_partials[1:], layer_outputs[:-1]):
            weight_gradients.append(cost_partial.dot(layer_output.T) / inputs.shape[1])
        bias_gradients = [cost_partial.mean(axis=1).reshape(-1, 1) for cost_partial in cost_partials[1:]]
        return weight_gradients, bias_gradients

    def train(self, inputs, targets, learning_rate):
        weight_gradients, bias_gradients = self.gradients(inputs, targets)
        for weight_gradient, bias_gradient, layer in zip(weight_gradients, bias_gradients, self.layers):
            layer.weights -= weight_gradient * learning_rate
            layer.biases -= bias_gradient * learning_rate
# %% train_mlp
def train_mlp(n_iterations=1000, learning_rate=3.0):
    mlp = SigmoidMLP([2, 4, 1])
    inputs = np.array([[0, 1, 0, 1],
                       [0, 0, 1, 1]])
    targets = np.array([[0, 1, 1, 0]])
    for _ in range(n_iterations):
        mlp.train(inputs, targets, learning_rate)
    return mlp
