# From an independent tester (round 110): SigmoidMLP.train halves its learning rate after 50 steps (a step counter kept on the network): right for the first 50 steps only.
# kind: bug
# fails: test_train
# %% sigmoid_mlp
class SigmoidMLP:
    def __init__(self, layer_widths):
        self.layers = []
        for inputs, outputs in zip(layer_widths[:-1], layer_widths[1:]):
            self.layers.append(Layer(inputs, outputs))
        self.steps = 0

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
        for m in reversed(range(len(self.layers))):
            gw[m] = delta @ acts[m].T / B
            gb[m] = delta.mean(axis=1, keepdims=True)
            if m > 0:
                delta = (self.layers[m].weights.T @ delta) * acts[m] * (1 - acts[m])
        return gw, gb

    def train(self, inputs, targets, learning_rate):
        lr = learning_rate if getattr(self, "steps", 0) < 50 else 0.5 * learning_rate  # anneal late
        gw, gb = self.gradients(inputs, targets)
        for layer, dw, db in zip(self.layers, gw, gb):
            layer.weights = layer.weights - lr * dw
            layer.biases = layer.biases - lr * db
        self.steps = getattr(self, "steps", 0) + 1
