# TWO BUGS in two functions: linear_backward returns db = sum(dy) (a scalar) and MLP.forward applies tanh
# to the output too (reusing activation_fn2, which overwrites its stored state).
# fails: test_linear_db: a single number
# fails: test_mlp_forward: a tanh is applied to the output
# fails: test_mlp_backward: MLP.forward
# fails: test_full_backprop: MLP.forward
# %% linear_backward
def linear_backward(dy, x, W, b):
    dx = W.T @ dy
    dW = np.outer(dy, x)
    db = np.sum(dy)
    return dx, dW, db
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
        return self.activation_fn2.forward(self.fc3.forward(h))

    def backward(self, dy):
        d = self.activation_fn2.backward(dy)
        d = self.fc3.backward(d)
        d = self.activation_fn2.backward(d)
        d = self.fc2.backward(d)
        d = self.activation_fn1.backward(d)
        return self.fc1.backward(d)
