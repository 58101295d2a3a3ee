# From an independent tester (round 48).
# MLP.forward squeezes each hidden activation: with a hidden layer of one unit it becomes 0-d and fc2 broadcasts it into a matrix.
# fails: test_mlp_forward: on a network with a hidden layer of one unit
# %% mlp
class MLP:
    def __init__(self, in_features, hidden_size1, hidden_size2, out_features):
        self.fc1 = Linear(in_features, hidden_size1)
        self.activation_fn1 = Tanh()
        self.fc2 = Linear(hidden_size1, hidden_size2)
        self.activation_fn2 = Tanh()
        self.fc3 = Linear(hidden_size2, out_features)

    def forward(self, x):
        h1 = self.activation_fn1.forward(self.fc1.forward(x)).squeeze()
        h2 = self.activation_fn2.forward(self.fc2.forward(h1)).squeeze()
        return self.fc3.forward(h2)

    def backward(self, dy):
        d = self.fc3.backward(dy)
        d = self.activation_fn2.backward(d)
        d = self.fc2.backward(d)
        d = self.activation_fn1.backward(d)
        return self.fc1.backward(d)
