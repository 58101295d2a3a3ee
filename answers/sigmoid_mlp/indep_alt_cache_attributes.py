# From an independent tester (round 56): flagged for the TA as tampering (setattr with a computed name).
# Part 1 with a forward helper method that returns z's and a's, a _delta helper method; gradients stores its
# last activations on self (not a parameter); train updates with setattr and a generic parameter loop.
# kind: alt
# %% sigmoid_mlp
class SigmoidMLP:
    def __init__(self, layer_widths):
        self.layers = [Layer(i, o) for i, o in zip(layer_widths[:-1], layer_widths[1:])]
        self.widths = list(layer_widths)

    def __call__(self, inputs):
        return self._forward(inputs)[-1]

    def _forward(self, x):
        acts = [x]
        for layer in self.layers:
            acts.append(layer(acts[-1]))
        return acts

    @staticmethod
    def _sigma_prime_from_a(a):
        return a * (1 - a)

    def gradients(self, inputs, targets):
        acts = self._forward(inputs)
        self.last_activations = acts
        B = inputs.shape[1]
        n = len(self.layers)
        gw, gb = [None] * n, [None] * n
        delta = acts[-1] - targets
        for m in range(n, 0, -1):
            gw[m - 1] = delta.dot(acts[m - 1].T) / B
            gb[m - 1] = delta.mean(axis=1, keepdims=True)
            if m > 1:
                delta = self.layers[m - 1].weights.T.dot(delta) * self._sigma_prime_from_a(acts[m - 1])
        return gw, gb

    def train(self, inputs, targets, learning_rate):
        grads = self.gradients(inputs, targets)
        for name, glist in zip(("weights", "biases"), grads):
            for layer, g in zip(self.layers, glist):
                setattr(layer, name, getattr(layer, name) - learning_rate * g)
