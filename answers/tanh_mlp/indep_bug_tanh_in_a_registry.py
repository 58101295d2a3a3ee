# From an independent tester (round 9): a Tanh bug cost the MLP tests: reached through a global dict.
# Tanh.backward has (1 - y)**2 instead of 1 - y**2; the (correct) MLP reaches Tanh through a module-level registry dict.
# fails: test_tanh_backward
# %% tanh
class Tanh:
    def forward(self, x):
        self.y = np.tanh(x)
        return self.y

    def backward(self, dy):
        return dy * (1 - self.y) ** 2
# %% mlp
ACTIVATIONS = {"tanh": Tanh}


class MLP:
    def __init__(self, in_features, hidden_size1, hidden_size2, out_features, activation="tanh"):
        self.fc1 = Linear(in_features, hidden_size1)
        self.activation_fn1 = ACTIVATIONS[activation]()
        self.fc2 = Linear(hidden_size1, hidden_size2)
        self.activation_fn2 = ACTIVATIONS[activation]()
        self.fc3 = Linear(hidden_size2, out_features)

    def forward(self, x):
        h = self.activation_fn1.forward(self.fc1.forward(x))
        h = self.activation_fn2.forward(self.fc2.forward(h))
        return self.fc3.forward(h)

    def backward(self, dy):
        d = self.fc3.backward(dy)
        d = self.fc2.backward(self.activation_fn2.backward(d))
        return self.fc1.backward(self.activation_fn1.backward(d))
