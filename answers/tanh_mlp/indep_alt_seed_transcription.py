# From an independent tester (round 92): Correct: transcribed from the seed's student answers (diff.__mul__, dy/cosh^2 with stored x, dy@W, np.outer, seed MLP).
# kind: alt
# %% mse_loss
class MSELoss:
    def forward(self, y, target):
        self.diff = diff = y - target  # kept for backward
        c = np.sum(np.square(diff)) / diff.size
        return c

    def backward(self):
        assert hasattr(self, 'diff'), "Need to call forward() first"
        dy=self.diff.__mul__((2/self.diff.size))
        return dy
# %% tanh
class Tanh:
    def forward(self, x):
        y=np.tanh(x)
        self.x=x
        return y

    def backward(self, dy):
        assert hasattr(self, 'x'), "Need to call forward() first."
        dx=dy/np.square(np.cosh(self.x))
        return dx
# %% linear_backward
def linear_backward(dy, x, W, b):
    dx=dy@W
    dW=np.outer(dy, x)
    db=dy
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
        self.x = x
        y = self.fc1.forward(x)
        y = self.activation_fn1.forward(y)
        y = self.fc2.forward(y)
        y = self.activation_fn2.forward(y)
        y = self.fc3.forward(y)
        return y

    def backward(self, dy):
        dx=self.fc3.backward(dy)
        dx=self.activation_fn2.backward(dx)
        dx=self.fc2.backward(dx)
        dx=self.activation_fn1.backward(dx)
        dx=self.fc1.backward(dx)
        return dx
