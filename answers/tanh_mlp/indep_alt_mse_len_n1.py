# From an independent tester (round 76): MSELoss.backward written with len() and an explicit float cast; tried on n = 1 and integer targets in an extra cell.
# kind: alt
# %% mse_loss
class MSELoss:
    def forward(self, y, target):
        self.diff = diff = y - target  # kept for backward
        c = np.sum(np.square(diff)) / diff.size
        return c

    def backward(self):
        assert hasattr(self, 'diff'), "Need to call forward() first"
        n = len(self.diff)
        grad = 2.0 * np.array(self.diff, dtype=float) / n
        return grad
# %% after mse_loss
_l = MSELoss()
print(_l.forward(np.array([0.3]), np.array([1])), _l.backward(), _l.backward())
_l2 = MSELoss()
print(_l2.forward(np.array([0.5, 0.25, 1.0]), np.array([0, 1, 1])), _l2.backward())
