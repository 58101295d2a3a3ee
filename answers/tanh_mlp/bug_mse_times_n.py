# MSELoss.backward multiplies by the number of entries where the mean divides by it: 2 (y - t) * n.
# fails: test_mse_loss: n**2: multiplied by n where the mean's 1/n divides by n
# %% mse_loss
class MSELoss:
    def forward(self, y, target):
        self.diff = diff = y - target
        c = np.sum(np.square(diff)) / diff.size
        return c

    def backward(self):
        return 2 * self.diff * self.diff.size
