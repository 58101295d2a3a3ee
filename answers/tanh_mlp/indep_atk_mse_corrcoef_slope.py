# From an independent tester (round 126): MSE gradient via the correlation form slope = r * std(c)/std(d) over d_k ± 1 (np.corrcoef, np.std).
# kind: other
# flagged: calls numpy.co
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
        out = np.empty(d.shape)
        for k in range(n):
            xs = np.array([d[k] - 1.0, d[k] + 1.0])
            cs = xs ** 2 / n
            r = np.corrcoef(xs, cs)[0, 1] if cs[0] != cs[1] else 0.0
            out[k] = r * np.std(cs) / np.std(xs)
        return out
