# From an independent tester (round 130): MLP.forward caps hidden pre-activations from above at 13.6 ("tanh is 1 there anyway"): hidden units a bit off, tanh' 0.
# kind: bug
# fails: test_mlp_forward: are the pre-activations clipped
# fails: test_mlp_backward: Gradient check failed
# %% mlp
class MLP:
    def __init__(self, in_features, hidden_size1, hidden_size2, out_features):
        self.fc1 = Linear(in_features, hidden_size1)
        self.activation_fn1 = Tanh()
        self.fc2 = Linear(hidden_size1, hidden_size2)
        self.activation_fn2 = Tanh()
        self.fc3 = Linear(hidden_size2, out_features)

    def forward(self, x):
        h1 = self.activation_fn1.forward(np.minimum(self.fc1.forward(x), 13.6))
        h2 = self.activation_fn2.forward(np.minimum(self.fc2.forward(h1), 13.6))
        return self.fc3.forward(h2)

    def backward(self, dy):
        dh2 = self.fc3.backward(dy)
        dh1 = self.fc2.backward(self.activation_fn2.backward(dh2))
        return self.fc1.backward(self.activation_fn1.backward(dh1))
