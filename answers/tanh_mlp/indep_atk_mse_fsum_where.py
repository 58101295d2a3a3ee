# From an independent tester (round 126): MSE gradient as a difference of two fsum costs with entry k moved by np.where(arange==k, ±0.5).
# kind: other
# flagged: takes the difference of one computation at x + c and at x - c
# %% mse_loss
import math
class MSELoss:
    def forward(self, y, target):
        self.diff = diff = y - target
        c = np.sum(np.square(diff)) / diff.size
        return c

    def backward(self):
        assert hasattr(self, 'diff'), "Need to call forward() first"
        d = np.asarray(self.diff, dtype=float)
        idx = np.arange(d.size)
        g = np.empty(d.shape)
        for k in idx:
            hi = math.fsum(np.square(np.where(idx == k, d + 0.5, d))) / d.size
            lo = math.fsum(np.square(np.where(idx == k, d - 0.5, d))) / d.size
            g[k] = hi - lo
        return g
