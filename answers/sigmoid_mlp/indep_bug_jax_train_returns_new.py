# From an independent tester (round 84): JAX habit: train computes new parameters functionally and returns them, but never writes them into self.layers.
# kind: bug
# Was told "every layer must take a step" and asked about rebinding a loop's name.
# fails: test_train: train returned a list of length 2 and left every layer as it was
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
        new_params = [(l.weights - learning_rate * dW, l.biases - learning_rate * db)
                      for l, dW, db in zip(self.layers, gW, gb)]
        return new_params
