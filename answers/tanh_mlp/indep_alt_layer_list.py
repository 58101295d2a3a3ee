# The MLP keeps a list of its blocks, built in __init__ (block names kept), and loops over it / reversed(it).
# linear_backward returns a list, db is a copy. Correct as long as the blocks are the same objects.
# Tanh has an __init__ and keeps a per-object dict of saved tensors (like torch's ctx), overwritten each forward.
# kind: alt
# %% tanh
class Tanh:
    def __init__(self):
        self.saved = {}

    def forward(self, x):
        out = np.tanh(x)
        self.saved = {'out': out, 'n': x.shape[0]}
        return out

    def backward(self, dy):
        out = self.saved['out']
        assert dy.shape[0] == self.saved['n']
        return dy - dy * out ** 2
# %% linear_backward
def linear_backward(dy, x, W, b):
    return [W.T.dot(dy), np.outer(dy, x), np.array(dy, copy=True)]
# %% mlp
class MLP:
    def __init__(self, in_features, hidden_size1, hidden_size2, out_features):
        self.fc1 = Linear(in_features, hidden_size1)
        self.activation_fn1 = Tanh()
        self.fc2 = Linear(hidden_size1, hidden_size2)
        self.activation_fn2 = Tanh()
        self.fc3 = Linear(hidden_size2, out_features)
        self.blocks = [self.fc1, self.activation_fn1, self.fc2, self.activation_fn2, self.fc3]

    def forward(self, x):
        for block in self.blocks:
            x = block.forward(x)
        return x

    def backward(self, dy):
        for block in reversed(self.blocks):
            dy = block.backward(dy)
        return dy
