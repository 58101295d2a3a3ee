# From an independent tester (round 16): a probe beside a round-16 case: MLP.forward calls a method only the student's Tanh has.
# MLP.forward calls a method only the student's Tanh has.
# fails: test_mlp_forward: has no attribute
# fails: test_mlp_backward: has no attribute
# fails: test_full_backprop: has no attribute
# %% tanh
class Tanh:
    def activate(self, x):
        return self.forward(x)
    def forward(self, x):
        self.y = np.tanh(x)
        return self.y
    def backward(self, dy):
        return dy * (1 - self.y ** 2)
# %% mlp
class MLP:
    def __init__(self, in_features, hidden_size1, hidden_size2, out_features):
        self.fc1 = Linear(in_features, hidden_size1)
        self.activation_fn1 = Tanh()
        self.fc2 = Linear(hidden_size1, hidden_size2)
        self.activation_fn2 = Tanh()
        self.fc3 = Linear(hidden_size2, out_features)

    def forward(self, x):
        h = self.activation_fn1.activate(self.fc1.forward(x))
        h = self.activation_fn2.activate(self.fc2.forward(h))
        return self.fc3.forward(h)

    def backward(self, dy):
        d = self.activation_fn2.backward(self.fc3.backward(dy))
        d = self.activation_fn1.backward(self.fc2.backward(d))
        return self.fc1.backward(d)
