# MLP.backward also takes the gradient-descent step on each layer once its gradients are known
# (fc.W -= lr * fc.grad_W), "to save the training loop a pass". The gradients themselves are right, but
# a backward pass must leave the weights unchanged (the notebook's rule): both MLP tests name the step
# instead of blaming a layer's grad_W or MLP.forward (the second sample of test_full_backprop would
# otherwise run on moved weights).
# fails: test_mlp_backward: it moved fc1.W by -0.05 times fc1.grad_W: a gradient-descent step
# fails: test_full_backprop: it moved fc1.W by -0.05 times fc1.grad_W: a gradient-descent step
# %% mlp
class MLP:
    def __init__(self, in_features, hidden_size1, hidden_size2, out_features):
        self.fc1 = Linear(in_features, hidden_size1)
        self.activation_fn1 = Tanh()
        self.fc2 = Linear(hidden_size1, hidden_size2)
        self.activation_fn2 = Tanh()
        self.fc3 = Linear(hidden_size2, out_features)

    def forward(self, x):
        h1 = self.activation_fn1.forward(self.fc1.forward(x))
        h2 = self.activation_fn2.forward(self.fc2.forward(h1))
        return self.fc3.forward(h2)

    def backward(self, dy, lr=0.05):
        dh2 = self.fc3.backward(dy)
        dh1 = self.fc2.backward(self.activation_fn2.backward(dh2))
        dx = self.fc1.backward(self.activation_fn1.backward(dh1))
        for layer in (self.fc1, self.fc2, self.fc3):
            layer.W = layer.W - lr * layer.grad_W
            layer.b = layer.b - lr * layer.grad_b
        return dx
