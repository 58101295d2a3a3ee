# From an independent tester (round 54).
# MLP.forward appends the activations to a list made in __init__, and backward reads self.acts[0..2]: right for the
# first sample, but every later sample through the same network gets the first sample's activations. The message
# first asked whether fc3 got the loss's gradient; it now names the earlier sample's forward pass. Since session 40
# test_mlp_backward also runs a second sample through one network, and sees it too.
# fails: test_full_backprop: the activations of sample 1's forward pass
# fails: test_mlp_backward: read what an earlier forward stored
# self-check: test_full_backprop: the activations of sample 1's forward pass
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
        self.acts.append(x)
        h1 = self.activation_fn1.forward(self.fc1.forward(x))
        self.acts.append(h1)
        h2 = self.activation_fn2.forward(self.fc2.forward(h1))
        self.acts.append(h2)
        return self.fc3.forward(h2)

    def backward(self, dy):
        x0, h1, h2 = self.acts[0], self.acts[1], self.acts[2]
        d, self.fc3.grad_W, self.fc3.grad_b = linear_backward(dy, h2, self.fc3.W, self.fc3.b)
        d = d * (1 - h2 ** 2)
        d, self.fc2.grad_W, self.fc2.grad_b = linear_backward(d, h1, self.fc2.W, self.fc2.b)
        d = d * (1 - h1 ** 2)
        d, self.fc1.grad_W, self.fc1.grad_b = linear_backward(d, x0, self.fc1.W, self.fc1.b)
        return d
