# From an independent tester (round 81): MSELoss.backward takes an extra parameter `target` without a default (the tests call backward()).
# kind: bug
# Was told Python's words alone.
# fails: test_mse_loss: MSELoss.backward takes (target), and the task's MSELoss.backward takes ()
# %% mse_loss
class MSELoss:
    def forward(self, y, target):
        self.diff = diff = y - target  # kept for backward
        c = np.sum(np.square(diff)) / diff.size
        return c

    def backward(self, target):
        assert hasattr(self, 'diff'), "Need to call forward() first"
        return 2 * self.diff / self.diff.size
