# From an independent tester (round 126): MSE gradient = central difference (step 1/2) of forward() on a fresh MSELoss object, y moved by np.where(idx==k, ...).
# kind: other
# flagged: takes the difference of one computation at x + c and at x - c
# %% mse_loss
class MSELoss:
    def forward(self, y, target):
        self._y, self._t = np.array(y, dtype=float), np.array(target)
        self.diff = diff = y - target
        c = np.sum(np.square(diff)) / diff.size
        return c

    def backward(self):
        assert hasattr(self, 'diff'), "Need to call forward() first"
        idx = np.arange(self._y.size)
        other = type(self)()
        g = np.array([other.forward(np.where(idx == k, self._y + 0.5, self._y), self._t)
                      - other.forward(np.where(idx == k, self._y - 0.5, self._y), self._t) for k in idx])
        return g
