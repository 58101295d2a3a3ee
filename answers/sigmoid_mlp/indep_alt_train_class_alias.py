# From an independent tester (round 9): train calling gradients through a class alias lost test_train in round 8's check.
# Correct gradients; train reaches them through a class-level alias of the method (_grads = gradients),
# a common "private helper name" habit.
# kind: alt
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
        delta = acts[-1] - targets
        gw, gb = [], []
        for m in range(len(self.layers) - 1, -1, -1):
            gw.insert(0, delta @ acts[m].T / B)
            gb.insert(0, delta.sum(axis=1, keepdims=True) / B)
            if m > 0:
                delta = (self.layers[m].weights.T @ delta) * acts[m] * (1 - acts[m])
        return gw, gb

    _grads = gradients

    def train(self, inputs, targets, learning_rate):
        gw, gb = self._grads(inputs, targets)
        for layer, w, b in zip(self.layers, gw, gb):
            layer.weights -= learning_rate * w
            layer.biases -= learning_rate * b
