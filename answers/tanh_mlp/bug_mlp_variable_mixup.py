# MLP.backward mixes up its variable names: it computes d = activation_fn2.backward(g) but hands fc2 the
# gradient g that fc3.backward returned, so the second tanh's step is lost. fc3's gradients are right, and
# the check from the output down names the step between fc3 and fc2.
# fails: test_mlp_backward: the chain breaks at activation_fn2.backward
# fails: test_full_backprop: the chain breaks at activation_fn2.backward
# %% mlp
class MLP:
    def __init__(self, in_features, hidden_size1, hidden_size2, out_features):
        self.fc1 = Linear(in_features, hidden_size1)
        self.activation_fn1 = Tanh()
        self.fc2 = Linear(hidden_size1, hidden_size2)
        self.activation_fn2 = Tanh()
        self.fc3 = Linear(hidden_size2, out_features)

    def forward(self, x):
        h = self.activation_fn1.forward(self.fc1.forward(x))
        h = self.activation_fn2.forward(self.fc2.forward(h))
        return self.fc3.forward(h)

    def backward(self, dy):
        g = self.fc3.backward(dy)
        d = self.activation_fn2.backward(g)
        g = self.fc2.backward(g)
        d = self.activation_fn1.backward(g)
        return self.fc1.backward(d)
