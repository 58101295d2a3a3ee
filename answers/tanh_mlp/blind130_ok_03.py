# Blind round 130 (written from the release notebook alone, without the tests): explicit Python loops for the linear backward and tanh derivative; nested-call MLP
# kind: alt
# base: blank
# %% mse_loss
class MSELoss:
    def forward(self, y, target):
        self.diff = diff = y - target  # kept for backward
        c = np.sum(np.square(diff)) / diff.size
        return c

    def backward(self):
        assert hasattr(self, 'diff'), "Need to call forward() first"
        grad = np.zeros(len(self.diff))
        for i in range(len(self.diff)):
            grad[i] = 2.0 * self.diff[i] / len(self.diff)
        return grad
# %% tanh
class Tanh:
    def forward(self, x):
        self.x = np.array(x, dtype=float)
        return np.tanh(self.x)

    def backward(self, dy):
        dx = np.zeros(len(self.x))
        for i in range(len(self.x)):
            t = np.tanh(self.x[i])
            dx[i] = dy[i] * (1.0 - t * t)
        return dx
# %% linear_backward
def linear_backward(dy, x, W, b):
    n_out, n_in = W.shape
    dx = np.zeros(n_in)
    dW = np.zeros((n_out, n_in))
    db = np.zeros(n_out)
    for i in range(n_out):
        db[i] = dy[i]
        for j in range(n_in):
            dW[i, j] = dy[i] * x[j]
            dx[j] += W[i, j] * dy[i]
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
        return self.fc3.forward(self.activation_fn2.forward(self.fc2.forward(
            self.activation_fn1.forward(self.fc1.forward(x)))))

    def backward(self, dy):
        return self.fc1.backward(self.activation_fn1.backward(self.fc2.backward(
            self.activation_fn2.backward(self.fc3.backward(dy)))))
