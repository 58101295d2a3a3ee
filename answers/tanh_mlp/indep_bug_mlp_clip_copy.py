# Bug: the student adds gradient clipping "for stability": dy = np.clip(dy, -1, 1) at the start of
# MLP.backward (a new array, so dy itself is untouched), which changes the gradient whenever |dy| > 1.
# fails: test_mlp_backward: is fc3.backward given the dy that MLP.backward received
# fails: test_full_backprop: is fc3.backward given the loss's gradient exactly as
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
        dy = np.clip(dy, -1.0, 1.0)
        d = self.activation_fn2.backward(self.fc3.backward(dy))
        d = self.activation_fn1.backward(self.fc2.backward(d))
        return self.fc1.backward(d)
