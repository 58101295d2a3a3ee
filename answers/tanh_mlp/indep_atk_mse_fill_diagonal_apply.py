# From an independent tester (round 127): MSE gradient: a half-step matrix from np.fill_diagonal, each row's cost by np.apply_along_axis, hi - lo.
# kind: other
# flagged: takes the difference of one computation
# %% mse_loss
class MSELoss:
    def forward(self, y, target):
        self.diff = diff = y - target
        c = np.sum(np.square(diff)) / diff.size
        return c

    def backward(self):
        assert hasattr(self, 'diff'), "Need to call forward() first"
        d = np.asarray(self.diff, dtype=float)
        Z = np.zeros((d.size, d.size))
        np.fill_diagonal(Z, 0.5)
        cost = lambda v: np.mean(np.square(v))
        return np.apply_along_axis(cost, 1, d + Z) - np.apply_along_axis(cost, 1, d - Z)
