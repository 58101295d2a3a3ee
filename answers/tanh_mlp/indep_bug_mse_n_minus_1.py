# From an independent tester (round 7): with the visible n = 3, 2/(n - 1) = 1 and the message only said the factor 2/n
# was missing; it names n - 1 too (and alone in the hidden tests' other sizes).
# MSELoss.backward divides by n - 1 (sample-variance habit) instead of n.
# fails: test_mse_loss: n - 1
# %% mse_loss
class MSELoss:
    def forward(self, y, target):
        self.diff = diff = y - target  # kept for backward
        c = np.sum(np.square(diff)) / diff.size
        return c

    def backward(self):
        assert hasattr(self, 'diff'), "Need to call forward() first"
        return 2 * self.diff / (self.diff.size - 1)
