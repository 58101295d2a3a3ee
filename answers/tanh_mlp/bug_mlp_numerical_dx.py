# Bug (forbidden method): backward runs the layers' backward for grad_W/grad_b but returns dx estimated with
# numerical_gradient of self.forward (the text: a numerical estimate loses that test's points).
# Round 6 of the independent answers: kept full marks (the hidden tests' inputs had under 6 entries, too few to judge).
# fails: test_mlp_backward: estimated numerically
# fails: test_full_backprop: estimated numerically
# %% mlp
class MLP:
    def __init__(self, in_features, hidden_size1, hidden_size2, out_features):
        self.fc1 = Linear(in_features, hidden_size1)
        self.activation_fn1 = Tanh()
        self.fc2 = Linear(hidden_size1, hidden_size2)
        self.activation_fn2 = Tanh()
        self.fc3 = Linear(hidden_size2, out_features)

    def forward(self, x):
        self.x = x
        y = self.fc1.forward(x)
        y = self.activation_fn1.forward(y)
        y = self.fc2.forward(y)
        y = self.activation_fn2.forward(y)
        return self.fc3.forward(y)

    def backward(self, dy):
        d = self.fc3.backward(dy)
        d = self.activation_fn2.backward(d)
        d = self.fc2.backward(d)
        d = self.activation_fn1.backward(d)
        self.fc1.backward(d)
        x = self.x
        J = numerical_gradient(self.forward, x)
        self.forward(x)          # restore the stored state
        return dy @ J
