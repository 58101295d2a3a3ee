# SigmoidMLP.gradients keeps the activations of its forward pass in a dict of the network keyed on the inputs'
# shape, and reuses them on every later call with a batch of that shape, though train has changed the parameters
# since: the second step of training uses the first step's activations.
# fails: test_gradients: called again once its parameters changed
# %% sigmoid_mlp
class SigmoidMLP:
    def __init__(self, layer_widths):
        self.layers = []
        for inputs, outputs in zip(layer_widths[:-1], layer_widths[1:]):
            self.layers.append(Layer(inputs, outputs))
        self._acts = {}

    def __call__(self, inputs):
        a = inputs
        for layer in self.layers:
            a = layer(a)
        return a

    def gradients(self, inputs, targets):
        if inputs.shape not in self._acts:
            acts = [inputs]
            for layer in self.layers:
                acts.append(layer(acts[-1]))
            self._acts[inputs.shape] = acts
        acts = self._acts[inputs.shape]
        B = inputs.shape[1]
        delta = acts[-1] - targets
        gw, gb = [None] * len(self.layers), [None] * len(self.layers)
        for m in range(len(self.layers) - 1, -1, -1):
            gw[m] = delta @ acts[m].T / B
            gb[m] = np.mean(delta, axis=1, keepdims=True)
            if m > 0:
                delta = (self.layers[m].weights.T @ delta) * acts[m] * (1 - acts[m])
        return gw, gb

    def train(self, inputs, targets, learning_rate):
        gw, gb = self.gradients(inputs, targets)
        for layer, dw, db in zip(self.layers, gw, gb):
            layer.weights = layer.weights - learning_rate * dw
            layer.biases = layer.biases - learning_rate * db
