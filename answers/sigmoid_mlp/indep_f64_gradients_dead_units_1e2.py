# From an independent tester (round 132): SigmoidMLP.gradients in float64 that treats hidden units with a(1 - a) < 1e-2 as dead (their delta set to 0): wrong for saturated hidden units, whose true delta is small but not 0.
# kind: bug
# fails: test_gradients: .gradients
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
        f32 = np.float64
        acts = [inputs.astype(f32)]
        for layer in self.layers:
            z = layer.weights.astype(f32) @ acts[-1] + layer.biases.astype(f32)
            acts.append((1 / (1 + np.exp(-z))).astype(f32))
        B = f32(inputs.shape[1])
        delta = acts[-1] - targets.astype(f32)
        wg, bg = [], []
        for m in reversed(range(len(self.layers))):
            wg.insert(0, delta @ acts[m].T / B)
            bg.insert(0, delta.sum(axis=1, keepdims=True) / B)
            if m > 0:
                d = acts[m] * (1 - acts[m])
                d = np.where(d < f32(1e-2), f32(0), d).astype(f32)
                delta = (self.layers[m].weights.astype(f32).T @ delta) * d
        return wg, bg

    def train(self, inputs, targets, learning_rate):
        wg, bg = self.gradients(inputs, targets)
        for layer, dW, db in zip(self.layers, wg, bg):
            layer.weights -= learning_rate * dW
            layer.biases -= learning_rate * db
