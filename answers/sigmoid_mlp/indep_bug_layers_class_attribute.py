# From an independent tester (round 60): SigmoidMLP keeps its layers in a CLASS attribute (layers = [] in the class body) and __init__ appends to it: every new network shares and extends the same list, so the second network built has the layers of the first too.
# kind: bug
# fails: test_gradients: shared by all SigmoidMLP objects
# fails: test_train: shared by all SigmoidMLP objects
# %% sigmoid_mlp
class SigmoidMLP:
    layers = []

    def __init__(self, layer_widths):
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
        B = inputs.shape[1]
        delta = acts[-1] - targets
        wg, bg = [None] * len(self.layers), [None] * len(self.layers)
        for m in range(len(self.layers) - 1, -1, -1):
            wg[m] = delta @ acts[m].T / B
            bg[m] = delta.sum(axis=1, keepdims=True) / B
            if m > 0:
                delta = (self.layers[m].weights.T @ delta) * acts[m] * (1 - acts[m])
        return wg, bg

    def train(self, inputs, targets, learning_rate):
        wg, bg = self.gradients(inputs, targets)
        for layer, gw, gb in zip(self.layers, wg, bg):
            layer.weights = layer.weights - learning_rate * gw
            layer.biases = layer.biases - learning_rate * gb
