# Honest: a `describe` helper using vars()/type().__name__ / dir() on the student's own objects, __repr__ on the
# class, copy.deepcopy of the network in train_mlp to keep a snapshot (not returned), `global`-free. Correct.
# kind: alt
# %% sigmoid_mlp
class SigmoidMLP:
    def __init__(self, layer_widths):
        """A stack of sigmoid layers; layer_widths = [inputs, hidden widths..., outputs]."""
        self.layers = []
        for inputs, outputs in zip(layer_widths[:-1], layer_widths[1:]):
            self.layers.append(Layer(inputs, outputs))

    def __call__(self, inputs):
        a = inputs
        for layer in self.layers:
            a = layer(a)
        return a

    def __repr__(self):
        return f"{type(self).__name__}({[l.weights.shape[1] for l in self.layers] + [self.layers[-1].weights.shape[0]]})"

    def gradients(self, inputs, targets):
        acts = [inputs]
        for layer in self.layers:
            acts.append(layer(acts[-1]))
        B = inputs.shape[1]
        L = len(self.layers)
        wg, bg = [None] * L, [None] * L
        delta = acts[-1] - targets
        for m in range(L - 1, -1, -1):
            wg[m] = delta @ acts[m].T / B
            bg[m] = delta.mean(axis=1, keepdims=True)
            if m > 0:
                delta = (self.layers[m].weights.T @ delta) * acts[m] * (1 - acts[m])
        return wg, bg

    def train(self, inputs, targets, learning_rate):
        wg, bg = self.gradients(inputs, targets)
        for layer, gw, gb in zip(self.layers, wg, bg):
            layer.weights = layer.weights - learning_rate * gw
            layer.biases = layer.biases - learning_rate * gb


def describe(obj):
    return {k: getattr(v, "shape", type(v).__name__) for k, v in vars(obj).items()}
# %% train_mlp
import copy


def train_mlp(n_iterations=1000, learning_rate=3.0):
    mlp = SigmoidMLP([2, 4, 1])
    snapshot = copy.deepcopy(mlp)
    for _ in range(n_iterations):
        mlp.train(XOR_INPUTS, XOR_TARGETS, learning_rate)
    assert len(snapshot.layers) == len(mlp.layers)
    if hasattr(mlp, "layers") and "train" in dir(mlp):
        pass
    return mlp
# %% after train_mlp
_n = train_mlp(2)
print(repr(_n), describe(_n.layers[0]))
