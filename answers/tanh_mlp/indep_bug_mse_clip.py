# From an independent tester (round 57): passed its own visible cell.
# Gradient "clipping" for stability inside MSELoss.backward: entries beyond +-1 are clipped. Right whenever
# |2 (y - t) / n| <= 1, wrong for large errors only.
# kind: bug
# fails: test_mse_loss: it is clipped to [-1, 1]
# self-check: test_mse_loss: it is clipped to [-1, 1]
# %% mse_loss
class MSELoss:
    def forward(self, y, target):
        self.diff = diff = y - target  # kept for backward
        c = np.sum(np.square(diff)) / diff.size
        return c

    def backward(self):
        assert hasattr(self, 'diff'), "Need to call forward() first"
        g = 2 * self.diff / self.diff.size
        return np.clip(g, -1.0, 1.0)
