# Bug: integer (floor) division typed by habit: 2 * diff // n floors every entry of the gradient.
# fails: test_mse_loss: every entry is a whole number
# %% mse_loss
class MSELoss:
    def forward(self, y, target):
        self.diff = diff = y - target  # kept for backward
        c = np.sum(np.square(diff)) / diff.size
        return c

    def backward(self):
        assert hasattr(self, 'diff'), "Need to call forward() first"
        return 2 * self.diff // self.diff.size
