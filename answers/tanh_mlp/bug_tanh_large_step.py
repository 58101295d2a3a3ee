# Tanh.backward estimates the derivative with its own central difference and a large step (h = 0.05):
# off by about 1e-3, more than the gradient check accepts. The message says "close but not equal" and
# names a numerical estimate as a cause, not "float32 arithmetic, a kink of ReLU" (this network has
# neither).
# fails: test_tanh_backward: close but not equal
# flagged: takes the difference of one computation at x + c and at x - c
# %% tanh
class Tanh:
    def forward(self, x):
        self.x = np.array(x, dtype=float)
        return np.tanh(x)

    def backward(self, dy):
        h = 0.05
        return dy * (np.tanh(self.x + h) - np.tanh(self.x - h)) / (2 * h)
