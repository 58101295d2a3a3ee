# From an independent tester (round 126): MSE gradient as the regression slope of the cost over y_k±1 (np.cov), exact for a quadratic.
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
        g = np.empty(d.shape)
        for k in range(d.size):
            pts = np.array([d[k] - 1.0, d[k] + 1.0])
            rest = np.sum(np.square(d)) - d[k] ** 2
            costs = (rest + pts ** 2) / d.size
            c = np.cov(pts, costs)
            g[k] = c[0, 1] / c[0, 0]
        return g
