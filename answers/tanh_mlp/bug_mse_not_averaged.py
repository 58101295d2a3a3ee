# MSELoss.backward returns 2 (y - t): the 1/n of the mean is dropped. Only test_mse_loss is charged:
# test_full_backprop runs the reference MSELoss when graded.
# fails: test_mse_loss: the 1/n of the mean is missing
# %% mse_loss
class MSELoss:
    def forward(self, y, target):
        self.diff = diff = y - target
        c = np.sum(np.square(diff)) / diff.size
        return c

    def backward(self):
        return 2 * self.diff
