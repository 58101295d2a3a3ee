# Round 29: MLP.__init__ builds fc2 with the wrong output size (hidden_size1 instead of hidden_size2): a check that
# replaces every layer's W and b hides it.
# fails: test_mlp_forward: the constructor builds fc2 with W of shape (10, 10), expected (20, 10)
# fails: test_mlp_backward: fc2 must be Linear(10, 20)
# fails: test_full_backprop: fc2 must be Linear(10, 20)
# %% mlp
class MLP:
    def __init__(self, in_features, hidden_size1, hidden_size2, out_features):
        self.fc1 = Linear(in_features, hidden_size1)
        self.activation_fn1 = Tanh()
        self.fc2 = Linear(hidden_size1, hidden_size1)
        self.activation_fn2 = Tanh()
        self.fc3 = Linear(hidden_size2, out_features)

    def forward(self, x):
        x = self.activation_fn1.forward(self.fc1.forward(x))
        x = self.activation_fn2.forward(self.fc2.forward(x))
        return self.fc3.forward(x)

    def backward(self, dy):
        dy = self.fc3.backward(dy)
        dy = self.activation_fn2.backward(dy)
        dy = self.fc2.backward(dy)
        dy = self.activation_fn1.backward(dy)
        return self.fc1.backward(dy)
