# MSELoss.backward clips the gradient to [-10, 10] ("gradient clipping for stability"). Wrong whenever
# |2 (y - t) / n| > 10, i.e. |y - t| > 5 n. A test misses it if it draws only standard-normal y and t.
# Round 34: kept the points (every |y - t| was small); a hidden check now has large residuals.
# fails: test_mse_loss: MSELoss.backward
# %% mse_loss
class MSELoss:
    def forward(self, y, target):
        self.diff = diff = y - target  # kept for backward
        c = np.sum(np.square(diff)) / diff.size
        return c

    def backward(self):
        assert hasattr(self, 'diff'), "Need to call forward() first"
        return np.clip(2 * self.diff / self.diff.size, -10.0, 10.0)
