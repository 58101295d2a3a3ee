# From an independent tester (round 129): Part 1: targets clipped to [3e-4, 1 - 3e-4] before the output delta (a "label smoothing" slip): the output delta
# is off by 3e-4 for binary targets; returned as float16 so the 1e-2 float16 tolerance hides it.
# kind: bug
# fails: test_gradients: float16 numbers
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
        delta = acts[-1] - np.clip(targets, 3e-4, 1 - 3e-4)
        B = inputs.shape[1]
        wg, bg = [None] * len(self.layers), [None] * len(self.layers)
        for m in range(len(self.layers) - 1, -1, -1):
            wg[m] = (delta @ acts[m].T / B).astype(np.float16)
            bg[m] = delta.mean(axis=1, keepdims=True).astype(np.float16)
            if m > 0:
                delta = (self.layers[m].weights.T @ delta) * acts[m] * (1 - acts[m])
        return wg, bg

    def train(self, inputs, targets, learning_rate):
        wg, bg = self.gradients(inputs, targets)
        for layer, dw, db in zip(self.layers, wg, bg):
            layer.weights = layer.weights - learning_rate * dw
            layer.biases = layer.biases - learning_rate * db

