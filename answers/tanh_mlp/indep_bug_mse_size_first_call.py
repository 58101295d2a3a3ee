# From an independent tester (round 104): MSELoss.backward remembers n from its first call (self.n set once): a later forward with another length uses the stale n.
# kind: bug
# fails: test_mse_loss: the n of the object's first forward
# %% mse_loss
class MSELoss:
    def forward(self, y, target):
        self.diff = diff = y - target  # kept for backward
        c = np.sum(np.square(diff)) / diff.size
        return c

    def backward(self):
        assert hasattr(self, 'diff'), "Need to call forward() first"
        if not hasattr(self, 'n'):
            self.n = self.diff.size
        return 2 * self.diff / self.n
