# Correct answers computed in float32 (a student saving memory): the loss gradient, tanh and the
# linear layer's gradients are all float32 arrays. The course accepts float32 arithmetic: full marks.
# kind: alt
# %% mse_loss
class MSELoss:
    def forward(self, y, target):
        self.diff = diff = y - target
        c = np.sum(np.square(diff)) / diff.size
        return c

    def backward(self):
        d = self.diff.astype(np.float32)
        return np.float32(2.0) * d / np.float32(d.size)
# %% tanh
class Tanh:
    def forward(self, x):
        self.y = np.tanh(np.asarray(x, dtype=np.float32))
        return self.y

    def backward(self, dy):
        dy = np.asarray(dy, dtype=np.float32)
        return dy * (np.float32(1) - self.y * self.y)
# %% linear_backward
def linear_backward(dy, x, W, b):
    dy32, x32, W32 = (np.asarray(a, dtype=np.float32) for a in (dy, x, W))
    return W32.T @ dy32, np.outer(dy32, x32), dy32.copy()
