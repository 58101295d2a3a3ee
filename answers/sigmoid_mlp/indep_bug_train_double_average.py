# From an independent tester (round 7): the message blamed the learning rate (0.125 = 0.5 / 4, the batch of 4).
# train divides the (already averaged) gradients by the batch size again before the step.
# fails: test_train: divided by the batch size B = 4 once more
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
        for m in range(len(self.layers) - 1, -1, -1):
            gw.insert(0, delta @ acts[m].T / B)
            gb.insert(0, delta.sum(axis=1, keepdims=True) / B)
            delta = (self.layers[m].weights.T @ delta) * acts[m] * (1 - acts[m])
        return gw, gb

    def train(self, inputs, targets, learning_rate):
        B = inputs.shape[1]
        gw, gb = self.gradients(inputs, targets)
        for layer, dW, db in zip(self.layers, gw, gb):
            layer.weights = layer.weights - learning_rate * dW / B
            layer.biases = layer.biases - learning_rate * db / B
