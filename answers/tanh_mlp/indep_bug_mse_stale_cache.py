# From an independent tester (round 8): kept full marks: no test ran a second sample through one MSELoss object.
# MSELoss.backward caches its result on the first call and never recomputes: stale after the next forward.
# fails: test_mse_loss: second sample on an object
# %% mse_loss
class MSELoss:
    def forward(self, y, target):
        self.diff = diff = y - target  # kept for backward
        c = np.sum(np.square(diff)) / diff.size
        return c

    def backward(self):
        assert hasattr(self, 'diff'), "Need to call forward() first"
        if getattr(self, '_grad', None) is None:
            self._grad = 2 * self.diff / self.diff.size
        return self._grad
