# From an independent tester (round 76): MLP.forward returns np.squeeze(y): with one output unit it returns a 0-d array, shape () instead of (1,). backward is correct; test_mlp_backward builds on forward (documented) and checks a 1-output net. It keeps test_full_backprop: the gradients there are right (the reference MSELoss broadcasts () - (1,) to (1,)), and that test grades backpropagation, not forward's shape.
# kind: bug
# fails: test_mlp_forward
# fails: test_mlp_backward
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
        d = self.fc2.backward(self.activation_fn2.backward(d))
        return self.fc1.backward(self.activation_fn1.backward(d))
