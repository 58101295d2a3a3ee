# From an independent tester (round 106): MLP.forward memoised on x and on copies of every W and b (a correct cache), plus an experiment cell rebinding x, mlp, np names.
# kind: alt
# score: full
# %% mlp
class MLP:
    def __init__(self, in_features, hidden_size1, hidden_size2, out_features):
        self.fc1 = Linear(in_features, hidden_size1)
        self.activation_fn1 = Tanh()
        self.fc2 = Linear(hidden_size1, hidden_size2)
        self.activation_fn2 = Tanh()
        self.fc3 = Linear(hidden_size2, out_features)
        self._memo = None

    def _key(self, x):
        parts = [np.array(x, copy=True)]
        for L in (self.fc1, self.fc2, self.fc3):
            parts += [np.array(L.W, copy=True), np.array(L.b, copy=True)]
        return parts

    def _same(self, key):
        if self._memo is None:
            return False
        old = self._memo[0]
        return len(old) == len(key) and all(a.shape == k.shape and a.dtype == k.dtype and np.array_equal(a, k) for a, k in zip(old, key))

    def forward(self, x):
        key = self._key(x)
        if self._same(key):
            return self._memo[1].copy()
        h = self.fc1.forward(x)
        h = self.activation_fn1.forward(h)
        h = self.fc2.forward(h)
        h = self.activation_fn2.forward(h)
        y = self.fc3.forward(h)
        self._memo = (key, y.copy())
        return y

    def backward(self, dy):
        d = self.fc3.backward(dy)
        d = self.activation_fn2.backward(d)
        d = self.fc2.backward(d)
        d = self.activation_fn1.backward(d)
        return self.fc1.backward(d)
# %% after test_full_backprop
from numpy import *
x = ones(3)
mlp = MLP(3, 4, 5, 2)
print(mlp.forward(x), mlp.forward(x))
tanh = None
