# From an independent tester (round 75): Correct MSELoss in the solution cell, then "simplified" in a later cell to return 2*diff (forgot to divide by n): the later definition is graded, so test_mse_loss loses points (test_full_backprop uses the reference MSELoss and should not).
# kind: bug
# fails: test_mse_loss
# %% mse_loss
class MSELoss:
    def forward(self, y, target):
        self.diff = diff = y - target  # kept for backward
        c = np.sum(np.square(diff)) / diff.size
        return c

    def backward(self):
        assert hasattr(self, 'diff'), "Need to call forward() first"
        return 2 * self.diff / self.diff.size
# %% after mse_loss
class MSELoss:
    def forward(self, y, target):
        self.diff = y - target
        return np.mean(self.diff ** 2)

    def backward(self):
        return 2 * self.diff
