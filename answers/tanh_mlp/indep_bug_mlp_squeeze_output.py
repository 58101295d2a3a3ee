# From an independent tester (round 35).
# MLP.forward returns np.squeeze of the output: for one output unit it returns a 0-d array
# instead of shape (1,) (only shows with out_features = 1).
# test_mlp_backward builds on forward (stated rule), so it fails too.
# fails: test_mlp_forward: returns shape (), expected (1,)
# fails: test_mlp_backward: which gives an output of shape () where (1,) belongs
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
        return np.squeeze(self.fc3.forward(h))

    def backward(self, dy):
        d = self.fc3.backward(dy)
        d = self.activation_fn2.backward(d)
        d = self.fc2.backward(d)
        d = self.activation_fn1.backward(d)
        return self.fc1.backward(d)
