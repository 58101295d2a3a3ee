# From an independent tester (round 121): MLP.backward's returned dx via the linear probe: fc1's own backward replaced by W^T read off linear_forward at the identity, through functools.reduce.
# flagged: evaluates a forward function at an identity matrix
# kind: other
# %% mlp
import functools
class MLP:
    def __init__(self, in_features, hidden_size1, hidden_size2, out_features):
        self.fc1 = Linear(in_features, hidden_size1)
        self.activation_fn1 = Tanh()
        self.fc2 = Linear(hidden_size1, hidden_size2)
        self.activation_fn2 = Tanh()
        self.fc3 = Linear(hidden_size2, out_features)

    def forward(self, x):
        self.n_in = np.size(x)
        return self.fc3.forward(self.activation_fn2.forward(self.fc2.forward(self.activation_fn1.forward(self.fc1.forward(x)))))

    def backward(self, dy):
        blocks = [self.fc3, self.activation_fn2, self.fc2, self.activation_fn1]
        d = functools.reduce(lambda g, blk: blk.backward(g), blocks, dy)
        self.fc1.backward(d)
        W = self.fc1.W
        probe = np.stack([linear_forward(e, W, 0.0 * self.fc1.b) for e in np.eye(self.n_in)])
        return probe @ d
