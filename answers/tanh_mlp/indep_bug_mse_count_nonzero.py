# From an independent tester (round 103): MSELoss.backward divides by the number of nonzero errors instead of n (wrong when some y_i equal t_i exactly, e.g. 0/1 targets hit).
# kind: bug
# fails: test_mse_loss: np.count_nonzero
# %% mse_loss
class MSELoss:
    def forward(self, y, target):
        self.diff = diff = y - target  # kept for backward
        c = np.sum(np.square(diff)) / diff.size
        return c

    def backward(self):
        assert hasattr(self, 'diff'), "Need to call forward() first"
        n = np.count_nonzero(self.diff)
        return 2 * self.diff / n
