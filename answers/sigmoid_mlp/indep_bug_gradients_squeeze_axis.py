# From an independent tester (round 51).
# The hidden check's AxisError came with no hint; numpy's words (axis 1 out of bounds) point at the squeeze.
# Bug (SigmoidMLP.gradients): db = np.mean(np.squeeze(delta), axis=1): an AxisError for a batch of one sample or a
# layer of one unit, which the visible check (widths [3, 4, 2], batch 5) does not use.
# fails: test_gradients: did a squeeze(), an index [0] or a 1-D array drop an axis
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
        B = inputs.shape[1]
        delta = acts[-1] - targets
        gw, gb = [], []
        for m in reversed(range(len(self.layers))):
            gw.insert(0, delta @ acts[m].T / B)
            gb.insert(0, np.mean(np.squeeze(delta), axis=1).reshape(-1, 1))
            if m > 0:
                delta = self.layers[m].weights.T @ delta * acts[m] * (1 - acts[m])
        return gw, gb

    def train(self, inputs, targets, learning_rate):
        gw, gb = self.gradients(inputs, targets)
        for layer, dw, db in zip(self.layers, gw, gb):
            layer.weights -= learning_rate * dw
            layer.biases -= learning_rate * db
