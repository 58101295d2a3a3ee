# From an independent tester (round 17): SigmoidMLP.train returns self and train_mlp chains mlp = mlp.train(...); when
# graded the instructor's train returns None (the docstring now says train returns nothing). The message said only
# 'it reads the attribute train of None ... (lists zipped in the wrong order?)'.
# fails: test_train_mlp_iterations: SigmoidMLP.train returns None
# fails: test_xor: SigmoidMLP.train returns None
# The student: SigmoidMLP keeps extra state that is recomputed on every call (self._z, self._acts of the
# last forward pass, used only inside the same call), gradients has an extra keyword argument with a
# default, train calls self.gradients with keyword arguments named as in the docstring and returns
# self (chaining); train_mlp chains the calls and uses keyword learning_rate=.
# %% sigmoid_mlp
class SigmoidMLP:
    def __init__(self, layer_widths):
        """A stack of sigmoid layers; layer_widths = [inputs, hidden widths..., outputs]."""
        self.widths = list(layer_widths)
        self.layers = []
        for inputs, outputs in zip(layer_widths[:-1], layer_widths[1:]):
            self.layers.append(Layer(inputs, outputs))
        self._acts = None
        self.steps_taken = 0

    def __call__(self, inputs):
        return self._forward(inputs)[-1]

    def _forward(self, inputs):
        self._acts = [inputs]
        for layer in self.layers:
            self._acts.append(layer(self._acts[-1]))
        return self._acts

    def gradients(self, inputs, targets, average=True):
        acts = self._forward(inputs)
        scale = 1.0 / inputs.shape[1] if average else 1.0
        delta = acts[-1] - targets
        grads_w, grads_b = [], []
        for layer, a_below, a_here in zip(self.layers[::-1], acts[-2::-1], acts[:0:-1]):
            if grads_w:  # not the output layer: carry delta down through the layer above
                delta = upper.weights.T @ delta * a_here * (1 - a_here)
            grads_w.append(scale * delta @ a_below.T)
            grads_b.append(scale * np.sum(delta, axis=1, keepdims=True))
            upper = layer
        return grads_w[::-1], grads_b[::-1]

    def train(self, inputs, targets, learning_rate):
        grads_w, grads_b = self.gradients(inputs=inputs, targets=targets)
        for layer, dw, db in zip(self.layers, grads_w, grads_b):
            layer.weights = layer.weights - learning_rate * dw
            layer.biases = layer.biases - learning_rate * db
        self.steps_taken += 1
        return self
# %% train_mlp
def train_mlp(n_iterations=1000, learning_rate=3.0, verbose=False):
    mlp = SigmoidMLP(layer_widths=[2, 4, 1])
    for step in range(n_iterations):
        mlp = mlp.train(XOR_INPUTS, XOR_TARGETS, learning_rate=learning_rate)
        if verbose and step % 100 == 0:
            print(step, mlp(XOR_INPUTS))
    return mlp
