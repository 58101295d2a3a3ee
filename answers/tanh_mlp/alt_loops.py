# Correct answers written with explicit Python loops over the entries instead of vectorised numpy.
# kind: alt
# %% mse_loss
class MSELoss:
    def forward(self, y, target):
        self.diff = diff = y - target
        c = np.sum(np.square(diff)) / diff.size
        return c

    def backward(self):
        n = len(self.diff)
        grad = np.zeros(n)
        for i in range(n):
            grad[i] = 2 * self.diff[i] / n
        return grad
# %% tanh
import math

class Tanh:
    def forward(self, x):
        self.out = np.array([math.tanh(v) for v in x])
        return self.out

    def backward(self, dy):
        dx = np.empty(len(dy))
        for i in range(len(dy)):
            dx[i] = dy[i] * (1 - self.out[i] ** 2)
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
            dx[j] += dy[i] * W[i, j]
            dW[i, j] = dy[i] * x[j]
    return dx, dW, db
