# From an independent tester (round 106): MLP.forward memoises its output on x and fc1's weights only, so a change of fc2 or fc3 alone is missed and forward returns a stale output.
# kind: bug
# fails: test_mlp_forward: once fc2's weights changed
# %% mlp
class MLP:
    def __init__(self, in_features, hidden_size1, hidden_size2, out_features):
        self.fc1 = Linear(in_features, hidden_size1)
        self.activation_fn1 = Tanh()
        self.fc2 = Linear(hidden_size1, hidden_size2)
        self.activation_fn2 = Tanh()
        self.fc3 = Linear(hidden_size2, out_features)
        self._last = None

    def forward(self, x):
        key = (x.tobytes(), self.fc1.W.tobytes(), self.fc1.b.tobytes(), x.shape)
        if self._last is not None and self._last[0] == key:
            return self._last[1].copy()
        h = self.activation_fn1.forward(self.fc1.forward(x))
        h = self.activation_fn2.forward(self.fc2.forward(h))
        y = self.fc3.forward(h)
        self._last = (key, y.copy())
        return y

    def backward(self, dy):
        d = self.fc3.backward(dy)
        d = self.activation_fn2.backward(d)
        d = self.fc2.backward(d)
        d = self.activation_fn1.backward(d)
        return self.fc1.backward(d)
