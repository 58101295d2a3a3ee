# From an independent tester (round 106): MSELoss.backward rounds the gradient to 6 decimals (for tidy printing): tiny differences become 0 or lose their relative accuracy.
# kind: bug
# fails: test_mse_loss: rounded to 6 decimal
# %% mse_loss
class MSELoss:
    def forward(self, y, target):
        self.diff = diff = y - target  # kept for backward
        c = np.sum(np.square(diff)) / diff.size
        return c

    def backward(self):
        assert hasattr(self, 'diff'), "Need to call forward() first"
        return np.round(2 * self.diff / self.diff.size, 6)
