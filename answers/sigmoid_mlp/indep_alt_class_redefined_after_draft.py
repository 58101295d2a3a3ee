# From an independent tester (round 75): SigmoidMLP: the solution cell holds a draft whose train has the wrong sign; a later cell re-runs the class with the fix (the last definition is right); train builds new arrays.
# kind: alt
# %% sigmoid_mlp
class SigmoidMLP:
    def __init__(self, layer_widths):
        self.layers = [Layer(i, o) for i, o in zip(layer_widths[:-1], layer_widths[1:])]

    def __call__(self, inputs):
        a = inputs
        for layer in self.layers:
            a = layer(a)
        return a

    def gradients(self, inputs, targets):
        acts = [inputs]
        for layer in self.layers:
            acts.append(layer(acts[-1]))
        delta = acts[-1] - targets
        B = inputs.shape[1]
        gw, gb = [], []
        for m in reversed(range(len(self.layers))):
            gw.insert(0, delta @ acts[m].T / B)
            gb.insert(0, np.sum(delta, axis=1, keepdims=True) / B)
            delta = (self.layers[m].weights.T @ delta) * acts[m] * (1 - acts[m])
        return gw, gb

    def train(self, inputs, targets, learning_rate):
        gw, gb = self.gradients(inputs, targets)
        for layer, dw, db in zip(self.layers, gw, gb):
            layer.weights = layer.weights + learning_rate * dw
            layer.biases = layer.biases + learning_rate * db
# %% after sigmoid_mlp
# the cost went up: re-run the class with the fix
class SigmoidMLP:
    def __init__(self, layer_widths):
        self.layers = [Layer(i, o) for i, o in zip(layer_widths[:-1], layer_widths[1:])]

    def __call__(self, inputs):
        a = inputs
        for layer in self.layers:
            a = layer(a)
        return a

    def gradients(self, inputs, targets):
        acts = [inputs]
        for layer in self.layers:
            acts.append(layer(acts[-1]))
        delta = acts[-1] - targets
        B = inputs.shape[1]
        gw, gb = [], []
        for m in reversed(range(len(self.layers))):
            gw.insert(0, delta @ acts[m].T / B)
            gb.insert(0, np.sum(delta, axis=1, keepdims=True) / B)
            delta = (self.layers[m].weights.T @ delta) * acts[m] * (1 - acts[m])
        return gw, gb

    def train(self, inputs, targets, learning_rate):
        gw, gb = self.gradients(inputs, targets)
        for layer, dw, db in zip(self.layers, gw, gb):
            layer.weights = layer.weights - learning_rate * dw
            layer.biases = layer.biases - learning_rate * db
