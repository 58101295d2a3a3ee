# Single bug (state shared between instances): the MLP keeps its block list in a CLASS attribute
# `layers = []` and __init__ appends to it, so a second MLP object also runs the first one's blocks.
# The first MLP created works; every later one is wrong (or crashes on a shape mismatch).
# fails: test_mlp_forward
# fails: test_mlp_backward: MLP.forward
# fails: test_full_backprop: MLP.forward
# %% mlp
class MLP:
    layers = []

    def __init__(self, in_features, hidden_size1, hidden_size2, out_features):
        self.fc1 = Linear(in_features, hidden_size1)
        self.activation_fn1 = Tanh()
        self.fc2 = Linear(hidden_size1, hidden_size2)
        self.activation_fn2 = Tanh()
        self.fc3 = Linear(hidden_size2, out_features)
        self.layers.extend([self.fc1, self.activation_fn1, self.fc2, self.activation_fn2, self.fc3])

    def forward(self, x):
        for layer in self.layers:
            x = layer.forward(x)
        return x

    def backward(self, dy):
        for layer in self.layers[::-1]:
            dy = layer.backward(dy)
        return dy
