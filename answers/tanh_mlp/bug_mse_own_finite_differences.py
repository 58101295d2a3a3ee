# MSELoss.backward estimates the gradient with a finite-difference loop of its own (eps = 1e-6) instead
# of deriving it: its round-off error gives it away (about 1e-10 of the gradient, where a derived
# formula is exact to 1e-15).
# fails: test_mse_loss: estimated numerically
# %% mse_loss
class MSELoss:
    def forward(self, y, target):
        self.diff = diff = y - target
        c = np.sum(np.square(diff)) / diff.size
        return c

    def backward(self):
        eps = 1e-6
        grad = np.zeros(self.diff.size)
        for i in range(self.diff.size):
            step = np.zeros(self.diff.size)
            step[i] = eps
            plus = np.mean((self.diff + step) ** 2)
            minus = np.mean((self.diff - step) ** 2)
            grad[i] = (plus - minus) / (2 * eps)
        return grad
