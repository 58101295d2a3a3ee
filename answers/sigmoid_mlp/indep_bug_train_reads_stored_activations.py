# The class stores the last forward pass in an attribute (extra state) and gradients has an extra keyword argument
# with a default (return_cost=False); train calls gradients each time so the stored state is never stale. (Written as a correct answer by the helper.)
# Judged a bug by the course: train must step from what self.gradients returns, and nothing else (the test gives
# train a stand-in gradients, as the notebook says); the message names what train read.
# fails: test_train: does train read something your own gradients stores
# %% sigmoid_mlp
class SigmoidMLP:
    def __init__(self, layer_widths):
        self.layers = []
        for inputs, outputs in zip(layer_widths[:-1], layer_widths[1:]):
            self.layers.append(Layer(inputs, outputs))
        self.activations = None
        self.history = []

    def __call__(self, inputs):
        a = inputs
        for layer in self.layers:
            a = layer(a)
        return a

    def _forward(self, inputs):
        self.activations = [inputs]
        for layer in self.layers:
            self.activations.append(layer(self.activations[-1]))
        return self.activations

    def gradients(self, inputs, targets, return_cost=False):
        acts = self._forward(inputs)
        B = inputs.shape[1]
        delta = acts[-1] - targets
        gw, gb = [], []
        for m in reversed(range(len(self.layers))):
            gw.append(delta @ acts[m].T / B)
            gb.append(delta.sum(axis=1, keepdims=True) / B)
            if m:
                delta = self.layers[m].weights.T @ delta * (acts[m] * (1 - acts[m]))
        gw.reverse(); gb.reverse()
        if return_cost:
            a = acts[-1]
            cost = -np.mean(np.sum(targets * np.log(a) + (1 - targets) * np.log(1 - a), axis=0))
            return gw, gb, cost
        return gw, gb

    def train(self, inputs, targets, learning_rate):
        gw, gb = self.gradients(inputs, targets)
        self.history.append(float(np.mean(np.abs(self.activations[-1] - targets))))
        for layer, w, b in zip(self.layers, gw, gb):
            layer.weights -= learning_rate * w
            layer.biases -= learning_rate * b
