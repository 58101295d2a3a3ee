# From an independent tester (round 9): the message did not say the sign is wrong exactly where y < target.
# MSELoss.backward uses |y - t| (thinking of the error's size): right where y > t, sign wrong where y < t.
# fails: test_mse_loss: the sign is flipped
# %% mse_loss
class MSELoss:
    def forward(self, y, target):
        self.diff = diff = y - target  # kept for backward
        c = np.sum(np.square(diff)) / diff.size
        return c

    def backward(self):
        assert hasattr(self, 'diff'), "Need to call forward() first"
        return 2 * np.abs(self.diff) / self.diff.size
