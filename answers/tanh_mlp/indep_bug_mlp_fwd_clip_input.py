# From an independent tester (round 94): MLP.forward clips the input to [-3, 3] before fc1 ("normalising"): wrong for inputs with large entries. (Here at 1.5, which every test's input passes, so that the
# backward tests, built on forward, lose their points in every run; at 3 they did only when a draw passed 3.)
# kind: bug
# fails: test_mlp_forward: x is clipped to [-1.5, 1.5]
# fails: test_mlp_backward
# fails: test_full_backprop
# %% mlp
class MLP:
    def __init__(self, in_features, hidden_size1, hidden_size2, out_features):
        self.fc1 = Linear(in_features, hidden_size1)
        self.activation_fn1 = Tanh()
        self.fc2 = Linear(hidden_size1, hidden_size2)
        self.activation_fn2 = Tanh()
        self.fc3 = Linear(hidden_size2, out_features)
    def forward(self, x):
        h = self.fc1.forward(np.clip(x, -1.5, 1.5))
        h = self.activation_fn1.forward(h)
        h = self.fc2.forward(h)
        h = self.activation_fn2.forward(h)
        return self.fc3.forward(h)
    def backward(self, dy):
        dy = self.fc3.backward(dy)
        dy = self.activation_fn2.backward(dy)
        dy = self.fc2.backward(dy)
        dy = self.activation_fn1.backward(dy)
        return self.fc1.backward(dy)
