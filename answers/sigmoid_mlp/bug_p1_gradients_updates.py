# Part 1: the seed's train did everything; this student moved it into gradients, update included (with a
# learning_rate argument), and train only calls gradients. gradients breaks its rule ("changes no parameter"),
# and train takes no step of its own: with the test's stand-in gradients nothing moves, and the message says so.
# fails: test_gradients: changed the parameters of layers [0, 1]
# fails: test_train: the parameters are unchanged
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

    def gradients(self, inputs, targets, learning_rate=1.0):
        layer_outputs = [inputs]
        for layer in self.layers:
            layer_outputs.append(layer(layer_outputs[-1]))
        cost_partials = [layer_outputs[-1] - targets]
        for layer, layer_output in zip(reversed(self.layers), reversed(layer_outputs[:-1])):
            cost_partials.append(layer.weights.T.dot(cost_partials[-1]) * layer_output * (1 - layer_output))
        cost_partials.reverse()
        weight_gradients = [cp.dot(lo.T) / inputs.shape[1] for cp, lo in zip(cost_partials[1:], layer_outputs[:-1])]
        bias_gradients = [cp.mean(axis=1).reshape(-1, 1) for cp in cost_partials[1:]]
        for weight_gradient, bias_gradient, layer in zip(weight_gradients, bias_gradients, self.layers):
            layer.weights -= weight_gradient * learning_rate
            layer.biases -= bias_gradient * learning_rate
        return weight_gradients, bias_gradients

    def train(self, inputs, targets, learning_rate):
        self.gradients(inputs, targets, learning_rate)
