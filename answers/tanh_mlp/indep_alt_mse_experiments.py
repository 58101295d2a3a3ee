# From an independent tester (round 106): Reference MSELoss.backward written as (self.diff + self.diff) / n, with experiment cells after mse_loss and tanh.
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
        d = self.diff
        return (d + d) / float(len(d))
# %% after mse_loss
_loss = MSELoss()
print(_loss.forward(np.array([1.0, 2.0]), np.array([0, 1])), _loss.backward())
# %% after tanh
_t = Tanh()
print(_t.forward(np.array([0, 1, 1000])), _t.backward(np.arange(1, 4)))
