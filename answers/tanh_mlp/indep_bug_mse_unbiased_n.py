# From an independent tester (round 56): the message named a missing factor 2/n first.
# Off-by-one: divides by n-1 (the student mixed it up with the unbiased variance).
# kind: bug
# fails: test_mse_loss: divides by n - 1 instead of by n
# self-check: test_mse_loss: divides by n - 1 instead of by n
# %% mse_loss
class MSELoss:
    def forward(self, y, target):
        self.diff = diff = y - target  # kept for backward
        c = np.sum(np.square(diff)) / diff.size
        return c

    def backward(self):
        assert hasattr(self, 'diff'), "Need to call forward() first"
        n = self.diff.size
        return 2 * self.diff / (n - 1)
