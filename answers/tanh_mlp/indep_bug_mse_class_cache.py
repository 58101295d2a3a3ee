# From an independent tester (round 69): MSELoss.backward caches its gradient on the class on its first call ever
# (MSELoss._grad) and returns it from then on, whatever forward stored. It was told only "has shape (3,), expected
# (5,)", a shape mistake it does not have.
# kind: bug
# fails: test_mse_loss: a result kept from an earlier call
# %% mse_loss
class MSELoss:
    def forward(self, y, target):
        self.diff = diff = y - target  # kept for backward
        c = np.sum(np.square(diff)) / diff.size
        return c

    def backward(self):
        assert hasattr(self, 'diff'), "Need to call forward() first"
        if getattr(MSELoss, '_grad', None) is None:
            MSELoss._grad = 2 * self.diff / self.diff.size
        return MSELoss._grad
