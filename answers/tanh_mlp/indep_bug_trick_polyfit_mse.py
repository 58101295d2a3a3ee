# From an independent tester (round 78): Trick: MSELoss replays the loss at three nudged points per entry and fits a parabola with np.polyfit; the slope at 0 is the gradient (no 'difference / step' written).
# kind: bug
# fails: test_mse_loss
# %% mse_loss
class MSELoss:
    def forward(self, y, target):
        self.diff = diff = y - target
        c = np.sum(np.square(diff)) / diff.size
        return c

    def backward(self):
        assert hasattr(self, 'diff'), "Need to call forward() first"
        d = np.asarray(self.diff, dtype=float)
        loss = lambda v: np.sum(np.square(v)) / v.size
        steps = np.array([-0.5, 0.0, 0.5])
        g = np.zeros(d.shape)
        for i in range(d.size):
            vals = []
            for s in steps:
                e = d.copy(); e[i] += s
                vals.append(loss(e))
            g[i] = np.polyfit(steps, vals, 2)[1]
        return g
