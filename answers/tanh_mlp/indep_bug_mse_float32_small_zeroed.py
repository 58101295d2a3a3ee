# From an independent tester (round 123): MSE gradient in float32 with tiny residuals (|y - t| < 1e-4 of the largest) rounded to 0 ("ignore matched outputs").
# kind: bug
# fails: test_mse_loss: setting small entries to 0
# %% mse_loss
class MSELoss:
    def forward(self, y, target):
        self.diff = diff = y - target
        c = np.sum(np.square(diff)) / diff.size
        return c

    def backward(self):
        assert hasattr(self, 'diff'), "Need to call forward() first"
        g = (2 * self.diff / self.diff.size).astype(np.float32)
        return np.where(np.abs(g) < 1e-5 * np.abs(g).max(), np.float32(0), g)
