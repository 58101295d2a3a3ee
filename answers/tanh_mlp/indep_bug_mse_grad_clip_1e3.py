# From an independent tester (round 129): MSE gradient clipped to [-1000, 1000] "for stability" (wrong once |2 (y - t) / n| passes 1000; the tests' residuals
# stop at 90).
# kind: bug
# fails: test_mse_loss: capped
# %% mse_loss
class MSELoss:
    def forward(self, y, target):
        self.diff = diff = y - target
        return np.sum(np.square(diff)) / diff.size

    def backward(self):
        assert hasattr(self, 'diff'), "Need to call forward() first"
        return np.clip(2 * self.diff / self.diff.size, -1e3, 1e3)
