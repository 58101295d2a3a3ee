# From an independent tester (round 78): One slip in each of two functions: net_f_df returns df = f*(1-f)**2; SigmoidMLP.gradients hidden delta multiplies by (1 - a) only, missing the factor a of the sigmoid derivative.
# kind: bug
# net_f_df's df was told only "wrong in all 6 entries".
# fails: test_net_f_df: an extra factor (1 - f): f (1 - f)**2
# fails: test_gradients: the factor a of the sigmoid derivative is missing
# %% net_f_df
def net_f_df(z):
    f = 1 / (1 + np.exp(-z))
    return f, f * (1 - f) ** 2
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
        activations = [inputs]
        a = inputs
        for layer in self.layers:
            a = layer(a)
            activations.append(a)
        B = inputs.shape[1]
        delta = activations[-1] - targets
        wg = [None] * len(self.layers)
        bg = [None] * len(self.layers)
        for m in range(len(self.layers) - 1, -1, -1):
            wg[m] = delta.dot(activations[m].T) / B
            bg[m] = delta.sum(axis=1, keepdims=True) / B
            if m > 0:
                a_m = activations[m]
                delta = self.layers[m].weights.T.dot(delta) * (1 - a_m)
        return wg, bg

    def train(self, inputs, targets, learning_rate):
        wg, bg = self.gradients(inputs, targets)
        for layer, gw, gb in zip(self.layers, wg, bg):
            layer.weights = layer.weights - learning_rate * gw
            layer.biases = layer.biases - learning_rate * gb
