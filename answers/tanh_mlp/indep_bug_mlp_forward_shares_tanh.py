# From an independent tester (round 7): the message named no block (a generic checklist); it names the block that raised.
# Round 20: the message now says forward ran activation_fn1 twice and never activation_fn2 (forward watched).
# Copy-paste: MLP.forward runs activation_fn1 for both hidden layers (output right), so in backward
# activation_fn2 has no state / activation_fn1 holds the second layer's.
# fails: test_mlp_backward: runs activation_fn1.forward twice and never activation_fn2.forward
# fails: test_full_backprop: runs activation_fn1.forward twice and never activation_fn2.forward
# %% mlp
class MLP:
    def __init__(self, in_features, hidden_size1, hidden_size2, out_features):
        self.fc1 = Linear(in_features, hidden_size1)
        self.activation_fn1 = Tanh()
        self.fc2 = Linear(hidden_size1, hidden_size2)
        self.activation_fn2 = Tanh()
        self.fc3 = Linear(hidden_size2, out_features)

    def forward(self, x):
        x = self.fc1.forward(x)
        x = self.activation_fn1.forward(x)
        x = self.fc2.forward(x)
        x = self.activation_fn1.forward(x)
        return self.fc3.forward(x)

    def backward(self, dy):
        dy = self.fc3.backward(dy)
        dy = self.activation_fn2.backward(dy)
        dy = self.fc2.backward(dy)
        dy = self.activation_fn1.backward(dy)
        return self.fc1.backward(dy)
