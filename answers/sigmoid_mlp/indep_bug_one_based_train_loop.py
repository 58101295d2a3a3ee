# From an independent tester (round 84): MATLAB 1-based loop left over in train: for m in range(1, L) updates self.layers[m] only, so layer 0 never moves.
# kind: bug
# Was told "every layer must take a step" and asked about rebinding a loop's name.
# fails: test_train: layers[0] took no step, and every other layer took the right one
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
        B = inputs.shape[1]
        acts = [inputs]
        for layer in self.layers:
            acts.append(layer(acts[-1]))
        gW, gb = [], []
        delta = acts[-1] - targets
        for m in range(len(self.layers) - 1, -1, -1):
            gW.insert(0, delta @ acts[m].T / B)
            gb.insert(0, delta.sum(axis=1, keepdims=True) / B)
            if m > 0:
                delta = (self.layers[m].weights.T @ delta) * acts[m] * (1 - acts[m])
        return gW, gb

    def train(self, inputs, targets, learning_rate):
        gW, gb = self.gradients(inputs, targets)
        L = len(self.layers)
        for m in range(1, L):
            self.layers[m].weights = self.layers[m].weights - learning_rate * gW[m]
            self.layers[m].biases = self.layers[m].biases - learning_rate * gb[m]
