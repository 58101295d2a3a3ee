# MLP.forward memoises outputs in a mutable default argument keyed on the input bytes: the cache is shared by
# all MLP objects and ignores the weights, so a second network (or changed W) fed the same x gets the old
# output, and the blocks are not re-run (their stored x / tanh outputs are stale for backward).
# fails: test_mlp_forward: a second MLP with other weights
# fails: test_mlp_backward: did not run fc3.forward
# %% mlp
class MLP:
    def __init__(self, in_features, hidden_size1, hidden_size2, out_features):
        self.fc1 = Linear(in_features, hidden_size1)
        self.activation_fn1 = Tanh()
        self.fc2 = Linear(hidden_size1, hidden_size2)
        self.activation_fn2 = Tanh()
        self.fc3 = Linear(hidden_size2, out_features)

    def forward(self, x, _cache={}):
        key = x.tobytes()
        if key in _cache:
            return _cache[key]
        h = self.activation_fn1.forward(self.fc1.forward(x))
        h = self.activation_fn2.forward(self.fc2.forward(h))
        y = self.fc3.forward(h)
        _cache[key] = y
        return y

    def backward(self, dy):
        g = self.fc3.backward(dy)
        g = self.fc2.backward(self.activation_fn2.backward(g))
        return self.fc1.backward(self.activation_fn1.backward(g))
