# From an independent tester (round 95): MLP whose forward coerces x to a float array and checks the size, and whose backward checks forward ran and reshapes dy.
# kind: alt
# %% mlp
class MLP:
    def __init__(self, in_features, hidden_size1, hidden_size2, out_features):
        self.fc1 = Linear(in_features, hidden_size1)
        self.activation_fn1 = Tanh()
        self.fc2 = Linear(hidden_size1, hidden_size2)
        self.activation_fn2 = Tanh()
        self.fc3 = Linear(hidden_size2, out_features)
        self._ran_forward = False

    def forward(self, x):
        x = np.asarray(x)
        assert x.ndim == 1 and x.shape[0] == self.fc1.W.shape[1], "x has the wrong size"
        a1 = self.fc1.forward(x)
        h1 = self.activation_fn1.forward(a1)
        a2 = self.fc2.forward(h1)
        h2 = self.activation_fn2.forward(a2)
        y = self.fc3.forward(h2)
        self._ran_forward = True
        return y

    def backward(self, dy):
        assert self._ran_forward, "call forward first"
        dy = np.asarray(dy).reshape(-1)
        dh2 = self.fc3.backward(dy)
        da2 = self.activation_fn2.backward(dh2)
        dh1 = self.fc2.backward(da2)
        da1 = self.activation_fn1.backward(dh1)
        return self.fc1.backward(da1)
