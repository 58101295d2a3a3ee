# A correct MLP that keeps its own copies of the activations in forward and computes the backward pass
# with linear_backward and the tanh derivative directly, setting each layer's grad_W and grad_b itself.
# kind: alt
# %% mlp
class MLP:
    def __init__(self, in_features, hidden_size1, hidden_size2, out_features):
        self.fc1 = Linear(in_features, hidden_size1)
        self.activation_fn1 = Tanh()
        self.fc2 = Linear(hidden_size1, hidden_size2)
        self.activation_fn2 = Tanh()
        self.fc3 = Linear(hidden_size2, out_features)

    def forward(self, x):
        self.x = x
        self.h1 = self.activation_fn1.forward(self.fc1.forward(x))
        self.h2 = self.activation_fn2.forward(self.fc2.forward(self.h1))
        return self.fc3.forward(self.h2)

    def backward(self, dy):
        d, self.fc3.grad_W, self.fc3.grad_b = linear_backward(dy, self.h2, self.fc3.W, self.fc3.b)
        d = d * (1 - self.h2 ** 2)
        d, self.fc2.grad_W, self.fc2.grad_b = linear_backward(d, self.h1, self.fc2.W, self.fc2.b)
        d = d * (1 - self.h1 ** 2)
        dx, self.fc1.grad_W, self.fc1.grad_b = linear_backward(d, self.x, self.fc1.W, self.fc1.b)
        return dx
