# Correct answers written from the definitions: tanh from exponentials (of -2|x|, which never overflow:
# tanh(x) = sign(x) (1 - e^-2|x|) / (1 + e^-2|x|)), in-place arithmetic on the
# function's own copies (allowed: the caller's arrays stay unchanged), dy @ W for dx, and the MSE
# gradient from np.mean.
# kind: alt
# %% mse_loss
class MSELoss:
    def forward(self, y, target):
        self.diff = diff = y - target
        c = np.sum(np.square(diff)) / diff.size
        return c

    def backward(self):
        grad = self.diff.copy()
        grad *= 2
        grad /= self.diff.shape[0]
        return grad
# %% tanh
class Tanh:
    def forward(self, x):
        e = np.exp(-2 * np.abs(x))
        self.t = np.sign(x) * (1 - e) / (1 + e)
        return self.t

    def backward(self, dy):
        dx = np.array(dy, dtype=float)  # a copy
        dx *= 1 - self.t ** 2
        return dx
# %% linear_backward
def linear_backward(dy, x, W, b):
    dx = dy @ W
    dW = np.zeros_like(W)
    dW += dy[:, None] * x
    return dx, dW, dy.copy()
