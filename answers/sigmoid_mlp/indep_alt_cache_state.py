# The class keeps extra state: a forward() method that caches activations on self (self._acts), used by
# gradients; train uses in-place numpy ops through np.subtract(..., out=...). Caching does not change
# parameters or arguments, so this is allowed.
# kind: alt
# %% sigmoid_mlp
class SigmoidMLP:
    def __init__(self, layer_widths):
        self.widths = list(layer_widths)
        self.layers = []
        for inputs, outputs in zip(layer_widths[:-1], layer_widths[1:]):
            self.layers.append(Layer(inputs, outputs))
        self._acts = None
        self.n_steps = 0

    def __call__(self, inputs):
        return self.forward(inputs)[-1]

    def forward(self, inputs):
        acts = [inputs]
        for layer in self.layers:
            acts.append(layer(acts[-1]))
        self._acts = acts
        return acts

    def gradients(self, inputs, targets):
        acts = self.forward(inputs)
        B = inputs.shape[1]
        delta = (acts[-1] - targets) / B   # the 1/B folded into delta carries to every layer
        weight_gradients = []
        bias_gradients = []
        for m in range(len(self.layers), 0, -1):
            weight_gradients.append(np.dot(delta, acts[m - 1].T))
            bias_gradients.append(np.sum(delta, axis=1)[:, np.newaxis])
            if m > 1:
                a = acts[m - 1]
                delta = np.dot(self.layers[m - 1].weights.T, delta) * (a - a * a)
        weight_gradients.reverse()
        bias_gradients.reverse()
        return weight_gradients, bias_gradients

    def train(self, inputs, targets, learning_rate):
        gw, gb = self.gradients(inputs, targets)
        for layer, dw, db in zip(self.layers, gw, gb):
            np.subtract(layer.weights, learning_rate * dw, out=layer.weights)
            np.subtract(layer.biases, learning_rate * db, out=layer.biases)
        self.n_steps += 1
