# From an independent tester (round 18): MLP.forward keeping outputs keyed on x.tobytes() (stale once the weights change) kept full marks.
# Bug (state between calls): MLP.forward memoises its output keyed on the bytes of x, "to save time
# when the same sample comes twice". When the weights change (a test sets W and b, or an optimiser step)
# and the same x comes again, the stale output is returned and the blocks keep the stored values of the
# first call. Wrong whenever weights change between calls with the same x.
# fails: test_mlp_forward: once fc1's weights changed
# %% mlp
class MLP:
    def __init__(self, in_features, hidden_size1, hidden_size2, out_features):
        self.fc1 = Linear(in_features, hidden_size1)
        self.activation_fn1 = Tanh()
        self.fc2 = Linear(hidden_size1, hidden_size2)
        self.activation_fn2 = Tanh()
        self.fc3 = Linear(hidden_size2, out_features)
        self._cache = {}

    def forward(self, x):
        key = np.asarray(x).tobytes()
        if key in self._cache:
            return self._cache[key]
        h = self.activation_fn1.forward(self.fc1.forward(x))
        h = self.activation_fn2.forward(self.fc2.forward(h))
        y = self.fc3.forward(h)
        self._cache[key] = y
        return y

    def backward(self, dy):
        d = self.fc3.backward(dy)
        d = self.activation_fn2.backward(d)
        d = self.fc2.backward(d)
        d = self.activation_fn1.backward(d)
        return self.fc1.backward(d)
