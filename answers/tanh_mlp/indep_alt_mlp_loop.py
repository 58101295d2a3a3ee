# From an independent tester (round 106): MLP.forward/backward loop over the blocks by name, with extra keyword arguments with defaults.
# kind: alt
# score: full
# %% mlp
class MLP:
    _order = ('fc1', 'activation_fn1', 'fc2', 'activation_fn2', 'fc3')

    def __init__(self, in_features, hidden_size1, hidden_size2, out_features):
        self.fc1 = Linear(in_features, hidden_size1)
        self.activation_fn1 = Tanh()
        self.fc2 = Linear(hidden_size1, hidden_size2)
        self.activation_fn2 = Tanh()
        self.fc3 = Linear(hidden_size2, out_features)

    def _blocks(self):
        return [getattr(self, name) for name in self._order]

    def forward(self, x, *, verbose=False):
        h = x
        for blk in self._blocks():
            h = blk.forward(h)
            if verbose:
                print(type(blk).__name__, h.shape)
        return h

    def backward(self, dy, *, verbose=False):
        g = dy
        for blk in reversed(self._blocks()):
            g = blk.backward(g)
        return g
