# From an independent tester (round 95): MLP.backward memoises its result keyed on the values of dy only (not on the forward state): after a new forward with the same dy, it returns the stale dx and leaves stale grads.
# kind: bug
# fails: test_mlp_backward: keep its results keyed on dy
# %% mlp
class MLP:
    def __init__(self, in_features, hidden_size1, hidden_size2, out_features):
        self.fc1 = Linear(in_features, hidden_size1)
        self.activation_fn1 = Tanh()
        self.fc2 = Linear(hidden_size1, hidden_size2)
        self.activation_fn2 = Tanh()
        self.fc3 = Linear(hidden_size2, out_features)
        self._memo = {}

    def forward(self, x):
        h = self.activation_fn1.forward(self.fc1.forward(x))
        h = self.activation_fn2.forward(self.fc2.forward(h))
        return self.fc3.forward(h)

    def backward(self, dy):
        key = np.asarray(dy, dtype=float).tobytes()
        if key in self._memo:
            return self._memo[key]
        d = self.fc3.backward(dy)
        d = self.fc2.backward(self.activation_fn2.backward(d))
        dx = self.fc1.backward(self.activation_fn1.backward(d))
        self._memo[key] = dx
        return dx
