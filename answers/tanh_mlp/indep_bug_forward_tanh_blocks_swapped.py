# From an independent tester (round 62): the backward tests said 'either forward did not run activation_fn2.forward, or ...', not that forward ran the Tanh blocks swapped.
# MLP.forward uses activation_fn2 after fc1 and activation_fn1 after fc2 (output still right), while backward runs them in the usual order: each Tanh backward gets the other layer's cache.
# kind: bug
# fails: test_mlp_backward: MLP.forward runs activation_fn2.forward right after fc1.forward, where activation_fn1.forward belongs
# fails: test_full_backprop: MLP.forward runs activation_fn2.forward right after fc1.forward
# %% mlp
class MLP:
    def __init__(self, in_features, hidden_size1, hidden_size2, out_features):
        self.fc1 = Linear(in_features, hidden_size1)
        self.activation_fn1 = Tanh()
        self.fc2 = Linear(hidden_size1, hidden_size2)
        self.activation_fn2 = Tanh()
        self.fc3 = Linear(hidden_size2, out_features)

    def forward(self, x):
        h = self.activation_fn2.forward(self.fc1.forward(x))
        h = self.activation_fn1.forward(self.fc2.forward(h))
        return self.fc3.forward(h)

    def backward(self, dy):
        d = self.fc3.backward(dy)
        d = self.activation_fn2.backward(d)
        d = self.fc2.backward(d)
        d = self.activation_fn1.backward(d)
        return self.fc1.backward(d)
