# From an independent tester (round 50).
# The message asked about forward and the blocks' wiring, gave neither the sizes nor what the reshape error means.
# Bug (MLP.backward): dy.reshape(5), the visible example's output size, so it works only for out_features == 5.
# kind: bug
# fails: test_mlp_backward: is a size written into the code
# fails: test_full_backprop: a reshape to a shape that does not fit the array
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
        return self.fc3.forward(h)

    def backward(self, dy):
        dy = np.asarray(dy).reshape(5)
        d = self.fc3.backward(dy)
        d = self.activation_fn2.backward(d)
        d = self.fc2.backward(d)
        d = self.activation_fn1.backward(d)
        return self.fc1.backward(d)
