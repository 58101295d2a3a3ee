# Bug: "like PyTorch" the student accumulates the layers' gradients over backward calls (never zeroed), so
# after a second sample grad_W/grad_b hold the sum of both samples' gradients. Right for a single sample.
# Round 6 of the independent answers: the message asked whether the gradients came from this sample's forward pass.
# fails: test_mlp_backward: added up over backward passes
# fails: test_full_backprop: added up over backward passes
# self-check: test_mlp_backward: added up over backward passes
# %% mlp
class MLP:
    def __init__(self, in_features, hidden_size1, hidden_size2, out_features):
        self.fc1 = Linear(in_features, hidden_size1)
        self.activation_fn1 = Tanh()
        self.fc2 = Linear(hidden_size1, hidden_size2)
        self.activation_fn2 = Tanh()
        self.fc3 = Linear(hidden_size2, out_features)

    def forward(self, x):
        y = self.activation_fn1.forward(self.fc1.forward(x))
        y = self.activation_fn2.forward(self.fc2.forward(y))
        return self.fc3.forward(y)

    def backward(self, dy):
        layers = (self.fc1, self.fc2, self.fc3)
        old = [(l.grad_W, l.grad_b) for l in layers]
        d = self.activation_fn2.backward(self.fc3.backward(dy))
        d = self.activation_fn1.backward(self.fc2.backward(d))
        dx = self.fc1.backward(d)
        for l, (gW, gb) in zip(layers, old):
            if gW is not None:
                l.grad_W = l.grad_W + gW
                l.grad_b = l.grad_b + gb
        return dx
