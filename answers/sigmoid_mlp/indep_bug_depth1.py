# From an independent tester (round 103): gradients treats the first layer separately after the hidden loop, so a network with no hidden layer ([n, k]) crashes.
# kind: bug
# fails: test_gradients: IndexError
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
        L = len(self.layers)
        # output layer
        delta = acts[-1] - targets
        gw = [delta @ acts[-2].T / B]
        gb = [delta.sum(axis=1, keepdims=True) / B]
        # hidden layers above the first
        for m in range(L - 1, 1, -1):
            delta = (self.layers[m].weights.T @ delta) * acts[m] * (1 - acts[m])
            gw.insert(0, delta @ acts[m - 1].T / B)
            gb.insert(0, delta.sum(axis=1, keepdims=True) / B)
        # first layer
        delta = (self.layers[1].weights.T @ delta) * acts[1] * (1 - acts[1])
        gw.insert(0, delta @ inputs.T / B)
        gb.insert(0, delta.sum(axis=1, keepdims=True) / B)
        return gw, gb

    def train(self, inputs, targets, learning_rate):
        gw, gb = self.gradients(inputs, targets)
        for layer, dw, db in zip(self.layers, gw, gb):
            layer.weights = layer.weights - learning_rate * dw
            layer.biases = layer.biases - learning_rate * db
