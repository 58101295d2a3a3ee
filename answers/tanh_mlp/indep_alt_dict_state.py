# Classes with an __init__ and different stored state: Tanh keeps a cache dict with its input (and
# recomputes tanh in backward); MLP records its intermediate values in a dict (unused by backward, just
# for inspection) and runs the blocks from a tuple of attribute names via getattr.
# kind: alt
# %% tanh
class Tanh:
    def __init__(self):
        self.cache = {}

    def forward(self, x):
        self.cache = {'x': x}
        return np.tanh(x)

    def backward(self, dy):
        t = np.tanh(self.cache['x'])
        return dy - dy * t * t
# %% mlp
class MLP:
    ORDER = ('fc1', 'activation_fn1', 'fc2', 'activation_fn2', 'fc3')

    def __init__(self, in_features, hidden_size1, hidden_size2, out_features):
        self.fc1 = Linear(in_features, hidden_size1)
        self.activation_fn1 = Tanh()
        self.fc2 = Linear(hidden_size1, hidden_size2)
        self.activation_fn2 = Tanh()
        self.fc3 = Linear(hidden_size2, out_features)
        self.trace = {}

    def forward(self, x):
        self.trace = {'input': x}
        h = x
        for name in self.ORDER:
            h = getattr(self, name).forward(h)
            self.trace[name] = h
        return h

    def backward(self, dy):
        g = dy
        for name in reversed(self.ORDER):
            g = getattr(self, name).backward(g)
        return g
