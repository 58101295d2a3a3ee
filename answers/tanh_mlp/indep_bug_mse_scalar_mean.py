# MSE backward collapses to a scalar: 2 * mean(diff) (the student differentiated "the mean" as a mean of
# the gradient), returned broadcast to the shape of y. Wrong unless all diffs are equal.
# fails: test_mse_loss: 2 mean(y - t)
# %% mse_loss
class MSELoss:
    def forward(self, y, target):
        self.diff = diff = y - target  # kept for backward
        c = np.sum(np.square(diff)) / diff.size
        return c

    def backward(self):
        assert hasattr(self, 'diff'), "Need to call forward() first"
        return np.full(self.diff.shape, 2 * np.mean(self.diff))
