# Bug: a cache that is never reset: MLP.forward appends the hidden activations to a list created in __init__,
# and MLP.backward does the tanh steps itself from self.acts[0] and self.acts[1], i.e. always from the FIRST
# sample seen. One sample is right; the second sample in a row gets the first one's activations.
# fails: test_full_backprop: values kept from an earlier sample
# fails: test_mlp_backward: read what an earlier forward stored
# %% mlp
class MLP:
    def __init__(self, in_features, hidden_size1, hidden_size2, out_features):
        self.fc1 = Linear(in_features, hidden_size1)
        self.activation_fn1 = Tanh()
        self.fc2 = Linear(hidden_size1, hidden_size2)
        self.activation_fn2 = Tanh()
        self.fc3 = Linear(hidden_size2, out_features)
        self.acts = []

    def forward(self, x):
        h1 = self.activation_fn1.forward(self.fc1.forward(x))
        h2 = self.activation_fn2.forward(self.fc2.forward(h1))
        self.acts.extend([h1, h2])
        return self.fc3.forward(h2)

    def backward(self, dy):
        h1, h2 = self.acts[0], self.acts[1]
        d = self.fc3.backward(dy) * (1 - h2 ** 2)
        d = self.fc2.backward(d) * (1 - h1 ** 2)
        return self.fc1.backward(d)
