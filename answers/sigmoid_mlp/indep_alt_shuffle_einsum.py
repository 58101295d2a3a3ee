# From an independent tester (round 103): gradients via einsum and a - a**2; train_mlp permutes the columns of the full batch each step (same mean gradient).
# kind: alt
# score: full
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

    def _forward_all(self, inputs):
        acts = [inputs]
        for layer in self.layers:
            acts.append(layer(acts[-1]))
        return acts

    def gradients(self, inputs, targets):
        acts = self._forward_all(inputs)
        delta = acts[-1] - targets
        gw = [None] * len(self.layers)
        gb = [None] * len(self.layers)
        for m in range(len(self.layers) - 1, -1, -1):
            gw[m] = np.einsum("is,js->ij", delta, acts[m]) / inputs.shape[1]
            gb[m] = delta.mean(axis=1, keepdims=True)
            if m > 0:
                delta = np.einsum("ji,js->is", self.layers[m].weights, delta) * (acts[m] - acts[m] ** 2)
        return gw, gb

    def train(self, inputs, targets, learning_rate):
        grads = self.gradients(inputs, targets)
        for layer, dw, db in zip(self.layers, *grads):
            setattr(layer, "weights", layer.weights - learning_rate * dw)
            setattr(layer, "biases", layer.biases - learning_rate * db)
# %% train_mlp
def train_mlp(n_iterations=1000, learning_rate=3.0):
    mlp = SigmoidMLP([2, 4, 1])
    for _ in range(n_iterations):
        order = np.random.permutation(XOR_INPUTS.shape[1])
        mlp.train(XOR_INPUTS[:, order], XOR_TARGETS[:, order], learning_rate)
    return mlp
