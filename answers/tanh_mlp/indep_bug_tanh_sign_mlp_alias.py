# From an independent tester (round 8): a Tanh bug cost the MLP tests: the MLP reached Tanh through an alias, which the reference did not replace.
# Tanh.backward has a sign bug; the (correct) MLP builds its activations from a global alias Activation = Tanh
# made in a cell of the student's own. Only the Tanh test should lose points.
# fails: test_tanh_backward: sign
# %% tanh
class Tanh:
    def forward(self, x):
        self.y = np.tanh(x)
        return self.y

    def backward(self, dy):
        return dy * (self.y ** 2 - 1)
# %% after tanh
Activation = Tanh   # so I can try other nonlinearities later
# %% mlp
class MLP:
    def __init__(self, in_features, hidden_size1, hidden_size2, out_features):
        self.fc1 = Linear(in_features, hidden_size1)
        self.activation_fn1 = Activation()
        self.fc2 = Linear(hidden_size1, hidden_size2)
        self.activation_fn2 = Activation()
        self.fc3 = Linear(hidden_size2, out_features)

    def forward(self, x):
        h = self.activation_fn1.forward(self.fc1.forward(x))
        h = self.activation_fn2.forward(self.fc2.forward(h))
        return self.fc3.forward(h)

    def backward(self, dy):
        g = self.activation_fn2.backward(self.fc3.backward(dy))
        g = self.activation_fn1.backward(self.fc2.backward(g))
        return self.fc1.backward(g)
