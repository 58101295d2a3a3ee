# Correct answer with float32 intermediates and float64 results: SigmoidMLP.gradients computes the layers'
# activations in float32 (to save memory) and everything after them in float64, so its gradients are float64
# numbers off by float32 rounding (about 1e-8 of their largest entry), the error a finite-difference estimate
# can also have. The grader tells the two apart by what the code computed: float32 numbers here.
# kind: alt
# %% sigmoid_mlp
class SigmoidMLP:
    def __init__(self, layer_widths):
        self.layers = [Layer(n_in, n_out) for n_in, n_out in zip(layer_widths[:-1], layer_widths[1:])]

    def __call__(self, inputs):
        a = inputs
        for layer in self.layers:
            a = layer(a)
        return a

    def gradients(self, inputs, targets):
        activations = [inputs]
        for layer in self.layers:
            z = (layer.weights @ activations[-1] + layer.biases).astype(np.float32)
            activations.append(1 / (1 + np.exp(-z)))
        batch = inputs.shape[1]
        delta = activations[-1] - targets  # float32 minus float64: float64 from here on
        weight_gradients, bias_gradients = [], []
        for m in range(len(self.layers) - 1, -1, -1):
            weight_gradients.insert(0, delta @ activations[m].T / batch)
            bias_gradients.insert(0, np.sum(delta, axis=1, keepdims=True) / batch)
            if m:
                delta = self.layers[m].weights.T @ delta * activations[m] * (1 - activations[m])
        return weight_gradients, bias_gradients

    def train(self, inputs, targets, learning_rate):
        weight_gradients, bias_gradients = self.gradients(inputs, targets)
        for layer, dW, db in zip(self.layers, weight_gradients, bias_gradients):
            layer.weights = layer.weights - learning_rate * dW
            layer.biases = layer.biases - learning_rate * db
