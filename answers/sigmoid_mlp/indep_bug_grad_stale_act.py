# From an independent tester (round 43).
# Bug: SigmoidMLP.gradients takes sigma'(z) = a(1-a) from acts[-2] (the top hidden layer) at every level instead of acts[m]; right with one hidden layer only.
# Was told as a shape error (widths that differ) before round 43's equal-width network.
# fails: test_gradients: a(1 - a) of another layer
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
        gw = [None] * len(self.layers)
        gb = [None] * len(self.layers)
        for m in range(len(self.layers) - 1, -1, -1):
            gw[m] = delta @ acts[m].T / B
            gb[m] = delta.mean(axis=1, keepdims=True)
            if m > 0:
                delta = (self.layers[m].weights.T @ delta) * acts[-2] * (1 - acts[-2])
        return gw, gb

    def train(self, inputs, targets, learning_rate):
        gw, gb = self.gradients(inputs, targets)
        for layer, w, b in zip(self.layers, gw, gb):
            layer.weights = layer.weights - learning_rate * w
            layer.biases = layer.biases - learning_rate * b
