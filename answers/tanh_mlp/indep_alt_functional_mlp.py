# From an independent tester (round 104): MLP written with functools.reduce and a helper pipeline class; linear_backward via W.T @ dy, np.outer; db returned as dy itself.
# kind: alt
# score: full
# %% linear_backward
def linear_backward(dy, x, W, b):
    dx = W.T @ dy
    dW = dy[:, np.newaxis] * np.asarray(x)[np.newaxis, :]
    return dx, dW, dy
# %% mlp
import functools


class _Pipeline:
    """Runs a list of blocks forward, and their backward methods in reverse."""
    def __init__(self, blocks):
        self.blocks = blocks

    def forward(self, x):
        return functools.reduce(lambda h, blk: blk.forward(h), self.blocks, x)

    def backward(self, dy):
        return functools.reduce(lambda g, blk: blk.backward(g), self.blocks[::-1], dy)


class MLP:
    def __init__(self, in_features, hidden_size1, hidden_size2, out_features):
        self.fc1 = Linear(in_features, hidden_size1)
        self.activation_fn1 = Tanh()
        self.fc2 = Linear(hidden_size1, hidden_size2)
        self.activation_fn2 = Tanh()
        self.fc3 = Linear(hidden_size2, out_features)

    def _pipe(self):
        # built on each call, so blocks the tests replace or modify are always the current ones
        return _Pipeline([self.fc1, self.activation_fn1, self.fc2, self.activation_fn2, self.fc3])

    def forward(self, x):
        return self._pipe().forward(x)

    def backward(self, dy):
        return self._pipe().backward(dy)
