# Part 1: SigmoidMLP.gradients starts the backward pass with the quadratic cost's delta, (a - t) a(1 - a),
# instead of the cross-entropy's a - t: an extra a(1 - a) at the output (issue 17: named, not "wrong in N
# entries"). train, train_mlp and XOR keep their points (stand-in gradients, reference class).
# fails: test_gradients: weight_gradients[1] (dC/dW of layers[1]): an extra factor a(1 - a) at the output
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
        a_out = acts[-1]
        delta = (a_out - targets) * a_out * (1 - a_out)
        weight_gradients, bias_gradients = [], []
        for m in reversed(range(len(self.layers))):
            weight_gradients.insert(0, delta @ acts[m].T / inputs.shape[1])
            bias_gradients.insert(0, delta.mean(axis=1, keepdims=True))
            if m > 0:
                delta = (self.layers[m].weights.T @ delta) * acts[m] * (1 - acts[m])
        return weight_gradients, bias_gradients

    def train(self, inputs, targets, learning_rate):
        weight_gradients, bias_gradients = self.gradients(inputs, targets)
        for layer, dW, db in zip(self.layers, weight_gradients, bias_gradients):
            layer.weights -= learning_rate * dW
            layer.biases -= learning_rate * db
