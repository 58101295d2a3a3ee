# From an independent tester (round 127): MSE gradient: entry k moved by np.roll of a one-hot half step, cost differenced.
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
        base = np.zeros(n)
        base[0] = 0.5
        out = []
        for k in range(n):
            e = np.roll(base, k)
            out.append(np.sum(np.square(d + e)) / n - np.sum(np.square(d - e)) / n)
        return np.array(out)
