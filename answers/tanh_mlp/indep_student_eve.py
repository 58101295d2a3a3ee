# From an independent tester (round 35).
# Eve: MLP.forward forgets the second tanh (fc1 -> tanh -> fc2 -> fc3); her backward is consistent with the
# correct network (it goes through activation_fn2), so forward fails and the two backward tests say "fix
# MLP.forward first". An experiment cell redefines numerical_gradient with a larger eps.
# fails: test_mlp_forward
# fails: test_mlp_backward
# fails: test_full_backprop
# kind: other
# base: blank
# %% mse_loss
class MSELoss:
    def forward(self, y, target):
        self.diff = diff = y - target  # kept for backward
        c = np.sum(np.square(diff)) / diff.size
        return c

    def backward(self):
        assert hasattr(self, 'diff'), "Need to call forward() first"
        return 2 * self.diff / self.diff.size
# %% tanh
class Tanh:
    def forward(self, x):
        self.y = np.tanh(x)
        return self.y

    def backward(self, dy):
        return dy * (1 - self.y ** 2)
# %% linear_backward
def linear_backward(dy, x, W, b):
    dx = W.T @ dy
    dW = np.outer(dy, x)
    db = dy
    return dx, dW, db
# %% after linear_backward
def numerical_gradient(fun, x, eps=1e-3):
    y = np.atleast_1d(fun(x))
    g = np.zeros((y.size, x.size))
    for j in range(x.size):
        e = np.zeros(x.shape); e[j] = eps
        g[:, j] = (np.atleast_1d(fun(x + e)) - np.atleast_1d(fun(x - e))) / (2 * eps)
    return g
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
        h2 = self.fc2.forward(h1)
        self.activation_fn2.forward(h2)
        return self.fc3.forward(h2)

    def backward(self, dy):
        d = self.fc3.backward(dy)
        d = self.activation_fn2.backward(d)
        d = self.fc2.backward(d)
        d = self.activation_fn1.backward(d)
        return self.fc1.backward(d)
