# PyTorch habit: the student makes MLP.backward add the new parameter gradients to the previous ones
# (grads accumulate like .grad until zeroed). Right after one sample, wrong after two.
# fails: test_mlp_backward: added up over backward passes
# fails: test_full_backprop: the gradients are added up over backward passes
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
        layers = (self.fc1, self.fc2, self.fc3)
        previous = [(layer.grad_W, layer.grad_b) for layer in layers]
        g = self.fc3.backward(dy)
        g = self.activation_fn2.backward(g)
        g = self.fc2.backward(g)
        g = self.activation_fn1.backward(g)
        dx = self.fc1.backward(g)
        for layer, (old_W, old_b) in zip(layers, previous):
            if old_W is not None:
                layer.grad_W = layer.grad_W + old_W
                layer.grad_b = layer.grad_b + old_b
        return dx
