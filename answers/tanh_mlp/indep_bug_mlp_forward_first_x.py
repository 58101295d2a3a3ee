# MLP.forward keeps the first input it ever sees (self.x0 set once) and runs every later call on it:
# right for the first sample, wrong output for every later sample of the same network.
# fails: test_mlp_forward: second sample on an object
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
        if not hasattr(self, 'x0'):
            self.x0 = x
        h = self.activation_fn1.forward(self.fc1.forward(self.x0))
        h = self.activation_fn2.forward(self.fc2.forward(h))
        return self.fc3.forward(h)

    def backward(self, dy):
        g = self.fc3.backward(dy)
        g = self.fc2.backward(self.activation_fn2.backward(g))
        return self.fc1.backward(self.activation_fn1.backward(g))
