# From an independent tester (round 9): a linear_backward bug cost the MLP tests: reached through staticmethod(linear_backward).
# db = dy.sum() (a batch habit: a scalar); the (correct) MLP uses a Linear subclass holding linear_backward as a staticmethod.
# fails: test_linear_db: shape
# %% linear_backward
def linear_backward(dy, x, W, b):
    dx = W.T @ dy
    dW = np.outer(dy, x)
    db = dy.sum(axis=0)
    return dx, dW, db
# %% mlp
class Dense(Linear):
    grads = staticmethod(linear_backward)

    def backward(self, dy):
        dx, self.grad_W, self.grad_b = self.grads(dy, self.x, self.W, self.b)
        return dx


class MLP:
    def __init__(self, in_features, hidden_size1, hidden_size2, out_features):
        self.fc1 = Dense(in_features, hidden_size1)
        self.activation_fn1 = Tanh()
        self.fc2 = Dense(hidden_size1, hidden_size2)
        self.activation_fn2 = Tanh()
        self.fc3 = Dense(hidden_size2, out_features)

    def forward(self, x):
        h = self.activation_fn1.forward(self.fc1.forward(x))
        h = self.activation_fn2.forward(self.fc2.forward(h))
        return self.fc3.forward(h)

    def backward(self, dy):
        d = self.fc3.backward(dy)
        d = self.fc2.backward(self.activation_fn2.backward(d))
        return self.fc1.backward(self.activation_fn1.backward(d))
