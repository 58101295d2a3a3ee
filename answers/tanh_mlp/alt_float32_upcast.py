# Computes every derivative in float32 (to save memory, says the student) and converts the result back to
# float64 before returning: a correct answer computed in float32, which the text says is accepted.
# Round 6 of the independent answers: test_tanh_forward failed it (float32 values returned as float64 got the
# float64 tolerance).
# kind: alt
# %% mse_loss
class MSELoss:
    def forward(self, y, target):
        self.diff = diff = y - target  # kept for backward
        c = np.sum(np.square(diff)) / diff.size
        return c

    def backward(self):
        assert hasattr(self, 'diff'), "Need to call forward() first"
        d32 = self.diff.astype(np.float32)
        return (np.float32(2) / np.float32(d32.size) * d32).astype(np.float64)
# %% tanh
class Tanh:
    def forward(self, x):
        self.y32 = np.tanh(x.astype(np.float32))
        return self.y32.astype(np.float64)

    def backward(self, dy):
        dx32 = dy.astype(np.float32) * (np.float32(1) - self.y32 ** 2)
        return dx32.astype(np.float64)
# %% linear_backward
def linear_backward(dy, x, W, b):
    dy32, x32, W32 = dy.astype(np.float32), x.astype(np.float32), W.astype(np.float32)
    dx = (W32.T @ dy32).astype(float)
    dW = np.outer(dy32, x32).astype(float)
    db = dy32.astype(float)
    return dx, dW, db
