# From an independent tester (round 52).
# The backward tests said "StaleLentObject: ... lent it in an earlier test cell", with no class attribute among the
# causes. Bug (MLP): the list of blocks is a class attribute filled by the first network only, so every later MLP
# runs through the first network's blocks.
# fails: test_mlp_forward: a class attribute such as MLP.layers
# fails: test_mlp_backward: in a class attribute
# fails: test_full_backprop: in a class attribute
# %% mlp
class MLP:
    layers = []
    def __init__(self, in_features, hidden_size1, hidden_size2, out_features):
        self.fc1 = Linear(in_features, hidden_size1)
        self.activation_fn1 = Tanh()
        self.fc2 = Linear(hidden_size1, hidden_size2)
        self.activation_fn2 = Tanh()
        self.fc3 = Linear(hidden_size2, out_features)
        if not MLP.layers:
            MLP.layers.extend([self.fc1, self.activation_fn1, self.fc2, self.activation_fn2, self.fc3])

    def forward(self, x):
        for m in MLP.layers:
            x = m.forward(x)
        return x

    def backward(self, dy):
        for m in reversed(MLP.layers):
            dy = m.backward(dy)
        return dy
