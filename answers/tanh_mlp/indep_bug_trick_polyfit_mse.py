# From an independent tester (round 78, a trick): MSELoss.backward fits a parabola (np.polyfit) to the loss at nearby
# points and takes its slope: the loss is quadratic, so the fit is exact to rounding and no precision check can tell it
# from a derived gradient; it keeps its points and the scan flags it for the TA.
# kind: other
# flagged: backward calls numpy.polyfit
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
