# From an independent tester (round 45).
# It kept full marks while no hidden pre-activation of test_gradients was far from 0.
# SigmoidMLP.gradients: sigma'(z) recomputed from z as exp(-z)/(1+exp(-z))**2: nan where z << 0 (large weights/inputs).
# fails: test_gradients: hidden pre-activations far from 0
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
        a = [inputs]
        zs = [None]
        for layer in self.layers:
            zs.append(layer.weights.dot(a[-1]) + layer.biases)
            a.append(1 / (1 + np.exp(-zs[-1])))
        B = inputs.shape[1]
        delta = a[-1] - targets
        gw = [None] * len(self.layers)
        gb = [None] * len(self.layers)
        for m in range(len(self.layers) - 1, -1, -1):
            gw[m] = delta.dot(a[m].T) / B
            gb[m] = delta.sum(axis=1, keepdims=True) / B
            if m > 0:
                delta = self.layers[m].weights.T.dot(delta) * np.exp(-zs[m]) / (1 + np.exp(-zs[m])) ** 2
        return gw, gb

    def train(self, inputs, targets, learning_rate):
        gw, gb = self.gradients(inputs, targets)
        for layer, dw, db in zip(self.layers, gw, gb):
            layer.weights = layer.weights - learning_rate * dw
            layer.biases = layer.biases - learning_rate * db
