# From an independent tester (round 62): told train 'reached your gradients another way', not the update made before delta went down.
# SigmoidMLP.train (seed style) does its own backward pass and updates each layer's W as soon as its gradient is known, then carries delta down with the UPDATED W (and ignores self.gradients); gradients itself is right.
# kind: bug
# fails: test_train: moves each layer's weights before carrying delta down through them
# self-check: test_train: moves each layer's weights before carrying delta down through them
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
            gb.insert(0, delta.sum(axis=1, keepdims=True) / B)
            if m > 0:
                delta = (self.layers[m].weights.T @ delta) * acts[m] * (1 - acts[m])
        return gw, gb

    def train(self, inputs, targets, learning_rate):
        layer_outputs = [inputs]
        for layer in self.layers:
            layer_outputs.append(layer(layer_outputs[-1]))
        B = inputs.shape[1]
        delta = layer_outputs[-1] - targets
        for m in reversed(range(len(self.layers))):
            layer = self.layers[m]
            layer.weights = layer.weights - learning_rate * (delta @ layer_outputs[m].T / B)
            layer.biases = layer.biases - learning_rate * delta.sum(axis=1, keepdims=True) / B
            if m > 0:
                delta = (layer.weights.T @ delta) * layer_outputs[m] * (1 - layer_outputs[m])
