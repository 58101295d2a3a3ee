# From an independent tester (round 8): the factor 1/out_features was 'not one the test can name'.
# Batch habit: MLP.backward first divides dy by dy.size ("average"), scaling every gradient by 1/out_features.
# fails: test_mlp_backward: out_features
# fails: test_full_backprop: divided by n once more
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
        g = dy / dy.size
        for blk in (self.fc3, self.activation_fn2, self.fc2, self.activation_fn1, self.fc1):
            g = blk.backward(g)
        return g
