# From an independent tester (round 126): MSE gradient entry k = statistics.linear_regression slope of the cost over d_k-1, d_k, d_k+1 (exact for a quadratic).
# kind: other
# flagged: calls statistics.linear_regression
# %% mse_loss
import statistics
class MSELoss:
    def forward(self, y, target):
        self.diff = diff = y - target
        c = np.sum(np.square(diff)) / diff.size
        return c

    def backward(self):
        assert hasattr(self, 'diff'), "Need to call forward() first"
        d = [float(v) for v in np.ravel(self.diff)]
        n = len(d)
        rest_all = sum(v * v for v in d)
        g = []
        for k, dk in enumerate(d):
            xs = [dk - 1.0, dk, dk + 1.0]
            ys = [(rest_all - dk * dk + v * v) / n for v in xs]
            g.append(statistics.linear_regression(xs, ys).slope)
        return np.array(g).reshape(np.shape(self.diff))
