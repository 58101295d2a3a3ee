# From an independent tester (round 127): MSE gradient: costs with every entry moved +-0.5 at once, the moves from an identity built as np.tri(n) - np.tri(n, k=-1).
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
        n = d.size
        E = np.tri(n) - np.tri(n, k=-1)
        hi = np.square(d + 0.5 * E).sum(axis=1) / n
        lo = np.square(d - 0.5 * E).sum(axis=1) / n
        return hi - lo
