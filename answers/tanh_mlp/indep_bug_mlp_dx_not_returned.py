# MLP.backward calls self.fc1.backward(d) without keeping its result and returns d, the gradient with
# respect to fc1's OUTPUT (shape hidden_size1), not the input x. All grad_W/grad_b are right.
# fails: test_mlp_backward: must return what fc1.backward returns
# fails: test_full_backprop: must return what fc1.backward returns
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
        d = self.fc3.backward(dy)
        d = self.activation_fn2.backward(d)
        d = self.fc2.backward(d)
        d = self.activation_fn1.backward(d)
        self.fc1.backward(d)
        return d
