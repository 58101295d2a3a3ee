# From an independent tester (round 106): MSELoss.backward with an explicit Python loop, a copy of the stored diff and assertions.
# kind: alt
# score: full
# %% mse_loss
class MSELoss:
    def forward(self, y, target):
        self.diff = diff = y - target  # kept for backward
        c = np.sum(np.square(diff)) / diff.size
        return c

    def backward(self):
        assert hasattr(self, 'diff'), "Need to call forward() first"
        d = np.array(self.diff, dtype=float, copy=True)
        n = d.size
        assert n > 0
        out = np.empty(n)
        for i in range(n):
            out[i] = 2.0 * d[i] / n
        return out
