# From an independent tester (round 125): MSELoss.backward as differences of the quadratic cost moved by +-1/2 (exact), the move made with np.put inside a helper method called as g(k, 0.5) - g(k, -0.5).
# kind: other
# flagged: called with an argument and with its negative
# %% mse_loss
class MSELoss:
    def forward(self, y, target):
        self.diff = diff = y - target
        c = np.sum(np.square(diff)) / diff.size
        return c

    def _cost_moved(self, k, s):
        d = np.array(self.diff, dtype=float)
        np.put(d, k, d.flat[k] + s)
        return np.sum(np.square(d)) / d.size

    def backward(self):
        return np.array([self._cost_moved(k, 0.5) - self._cost_moved(k, -0.5) for k in range(self.diff.size)])
