# Bug (forbidden method): MLP.backward runs the layers' backward (grad_W, grad_b right) but returns dx from a
# finite-difference loop of its own over self.forward (then re-runs forward to restore the stored state).
# Round 6: kept full marks, like bug_mlp_numerical_dx.
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
        dx = np.zeros(x.shape)
        for j in range(x.size):
            e = np.zeros(x.shape); e[j] = 1e-5
            dx[j] = dy @ (self.forward(x + e) - self.forward(x - e)) / 2e-5
        self.forward(x)
        return dx
