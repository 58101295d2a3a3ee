# From an independent tester (round 8): kept full marks: MSELoss.forward's inputs were not checked.
# The student "optimised" the given forward: diff = y; diff -= target. The caller's y is overwritten.
# fails: test_mse_loss: y
# %% mse_loss
class MSELoss:
    def forward(self, y, target):
        diff = y
        diff -= target
        self.diff = diff
        return np.sum(np.square(diff)) / diff.size

    def backward(self):
        assert hasattr(self, 'diff'), "Need to call forward() first"
        return 2 * self.diff / self.diff.size
