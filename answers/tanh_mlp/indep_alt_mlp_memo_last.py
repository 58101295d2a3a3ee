# From an independent tester (round 97): MLP.forward memoises the last call, keyed on the values of x and of every W and b; backward via functools.reduce.
# kind: alt
# %% mlp
import functools
class MLP:
    def __init__(self, in_features, hidden_size1, hidden_size2, out_features):
        self.fc1 = Linear(in_features, hidden_size1)
        self.activation_fn1 = Tanh()
        self.fc2 = Linear(hidden_size1, hidden_size2)
        self.activation_fn2 = Tanh()
        self.fc3 = Linear(hidden_size2, out_features)
        self._key = None
        self._out = None

    def _make_key(self, x):
        parts = [np.asarray(x).dtype.str, np.asarray(x).shape, np.asarray(x).tobytes()]
        for l in (self.fc1, self.fc2, self.fc3):
            parts += [l.W.dtype.str, l.W.shape, l.W.tobytes(), l.b.dtype.str, l.b.tobytes()]
        return tuple(parts)

    def forward(self, x):
        key = self._make_key(x)
        if key == self._key and self.fc1.x is x:
            return self._out.copy()
        h = self.fc1.forward(x)
        h = self.activation_fn1.forward(h)
        h = self.fc2.forward(h)
        h = self.activation_fn2.forward(h)
        out = self.fc3.forward(h)
        self._key, self._out = key, np.array(out, copy=True)
        return out

    def backward(self, dy):
        order = [self.fc3, self.activation_fn2, self.fc2, self.activation_fn1, self.fc1]
        return functools.reduce(lambda g, blk: blk.backward(g), order, dy)
