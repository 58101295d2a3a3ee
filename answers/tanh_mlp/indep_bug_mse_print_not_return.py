# From an independent tester (round 79): MSELoss.backward prints the gradient instead of returning it (returns None).
# kind: bug
# Was told "returns an array of shape ()" kept from an earlier call.
# fails: test_mse_loss: MSELoss.backward() returns None
# %% mse_loss
class MSELoss:
    def forward(self, y, target):
        self.diff = diff = y - target
        c = np.sum(np.square(diff)) / diff.size
        return c

    def backward(self):
        assert hasattr(self, 'diff'), "Need to call forward() first"
        print(2 * self.diff / self.diff.size)
