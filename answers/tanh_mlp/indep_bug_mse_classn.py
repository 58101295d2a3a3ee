# From an independent tester (round 42).
# MSELoss.forward stores n on the class (MSELoss.n) instead of self: backward of one loss object uses another object's n.
# fails: test_mse_loss: not on the class (MSELoss.n
# %% mse_loss
class MSELoss:
    def forward(self, y, target):
        self.diff = diff = y - target  # kept for backward
        MSELoss.n = diff.size
        c = np.sum(np.square(diff)) / diff.size
        return c

    def backward(self):
        assert hasattr(self, 'diff'), "Need to call forward() first"
        return 2 * self.diff / MSELoss.n
