# From an independent tester (round 86): MSELoss.backward writes into one buffer per shape kept on the CLASS and returns it: a second MSELoss object (or call) of the same size overwrites the gradient returned earlier.
# kind: bug
# fails: test_mse_loss
# %% mse_loss
class MSELoss:
    def forward(self, y, target):
        self.diff = diff = y - target  # kept for backward
        c = np.sum(np.square(diff)) / diff.size
        return c

    _bufs = {}

    def backward(self):
        assert hasattr(self, 'diff'), "Need to call forward() first"
        buf = MSELoss._bufs.get(self.diff.shape)
        if buf is None:
            buf = MSELoss._bufs[self.diff.shape] = np.empty(self.diff.shape)
        np.multiply(self.diff, 2.0 / self.diff.size, out=buf)
        return buf
