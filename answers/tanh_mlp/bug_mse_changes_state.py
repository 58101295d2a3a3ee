# MSELoss.backward scales self.diff in place and returns it: right the first time, wrong the second
# (what forward stored has changed).
# fails: test_mse_loss: gives another result when called a second time
# %% mse_loss
class MSELoss:
    def forward(self, y, target):
        self.diff = diff = y - target
        c = np.sum(np.square(diff)) / diff.size
        return c

    def backward(self):
        self.diff *= 2 / self.diff.size
        return self.diff
