# From an independent tester (round 63): an unfinished train was told it 'reached your gradients another way'.
# Unfinished: SigmoidMLP.train body is just `pass` (no step taken); gradients is correct.
# kind: bug
# fails: test_train: train did not call self.gradients and moved no parameter
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
        gW, gb = [], []
        for m in range(len(self.layers) - 1, -1, -1):
            gW.insert(0, delta @ acts[m].T / B)
            gb.insert(0, delta.mean(axis=1, keepdims=True))
            if m > 0:
                delta = (self.layers[m].weights.T @ delta) * acts[m] * (1 - acts[m])
        return gW, gb

    def train(self, inputs, targets, learning_rate):
        pass
