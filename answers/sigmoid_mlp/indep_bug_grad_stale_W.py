# From an independent tester (round 43).
# Bug: in SigmoidMLP.gradients the hidden-layer delta always uses the TOP layer's weights (stale W); right only with one hidden layer.
# Was told as a shape error (widths that differ) before round 43's equal-width network.
# fails: test_gradients: from layers[1] to layers[0]
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
        W = self.layers[-1].weights
        delta = acts[-1] - targets
        gw = [None] * len(self.layers)
        gb = [None] * len(self.layers)
        for m in range(len(self.layers) - 1, -1, -1):
            gw[m] = delta @ acts[m].T / B
            gb[m] = delta.mean(axis=1, keepdims=True)
            if m > 0:
                delta = (W.T @ delta) * acts[m] * (1 - acts[m])
        return gw, gb

    def train(self, inputs, targets, learning_rate):
        gw, gb = self.gradients(inputs, targets)
        for layer, w, b in zip(self.layers, gw, gb):
            layer.weights = layer.weights - learning_rate * w
            layer.biases = layer.biases - learning_rate * b
