# From an independent tester (round 48).
# MLP.backward computes tanh' in place on the activations forward stored (self.a1, self.a2): right once, wrong on a second backward, and forward's state is modified.
# fails: test_mlp_backward: called a second time
# self-check: test_mlp_backward: called a second time
# %% mlp
class MLP:
    def __init__(self, in_features, hidden_size1, hidden_size2, out_features):
        self.fc1 = Linear(in_features, hidden_size1)
        self.activation_fn1 = Tanh()
        self.fc2 = Linear(hidden_size1, hidden_size2)
        self.activation_fn2 = Tanh()
        self.fc3 = Linear(hidden_size2, out_features)

    def forward(self, x):
        self.a1 = self.activation_fn1.forward(self.fc1.forward(x))
        self.a2 = self.activation_fn2.forward(self.fc2.forward(self.a1))
        return self.fc3.forward(self.a2)

    def backward(self, dy):
        d = self.fc3.backward(dy)
        deriv2 = self.a2
        deriv2 *= -self.a2
        deriv2 += 1            # 1 - tanh^2, computed without a temporary
        d = d * deriv2
        d = self.fc2.backward(d)
        deriv1 = self.a1
        deriv1 *= -self.a1
        deriv1 += 1
        d = d * deriv1
        return self.fc1.backward(d)
