# From an independent tester (round 88): MSELoss.backward caches its first result on the class (MSELoss._g): a second MSELoss object returns the first one's gradient. The gradient is kept per shape, so the round-69 check (another
# object with another size) did not see it.
# kind: bug
# fails: test_mse_loss: a result kept from an earlier call
# %% mse_loss
class MSELoss:
    def forward(self, y, target):
        self.diff = diff = y - target
        c = np.sum(np.square(diff)) / diff.size
        return c

    def backward(self):
        assert hasattr(self, 'diff'), "Need to call forward() first"
        if getattr(MSELoss, "_g", None) is None or MSELoss._g.shape != self.diff.shape:
            MSELoss._g = 2 * self.diff / self.diff.size
        return MSELoss._g
