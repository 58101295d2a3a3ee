# From an independent tester (round 86): MLP.backward returns zeros early when dy is all zero "for speed", without running the layers: grad_W/grad_b keep the previous sample's values.
# kind: bug
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
        return self.fc3.forward(h)

    def backward(self, dy):
        if not np.any(dy):
            return np.zeros(self.fc1.W.shape[1])
        d = self.fc3.backward(dy)
        d = self.activation_fn2.backward(d)
        d = self.fc2.backward(d)
        d = self.activation_fn1.backward(d)
        return self.fc1.backward(d)
