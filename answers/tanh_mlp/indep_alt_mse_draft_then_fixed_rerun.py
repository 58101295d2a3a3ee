# From an independent tester (round 75): MSELoss.backward first drafted without the factor 2 (wrong), then the whole class redefined correctly in the next cell before the test (the student re-ran after a failing check).
# kind: alt
# %% mse_loss
class MSELoss:
    def forward(self, y, target):
        self.diff = diff = y - target  # kept for backward
        c = np.sum(np.square(diff)) / diff.size
        return c

    def backward(self):
        assert hasattr(self, 'diff'), "Need to call forward() first"
        return self.diff / self.diff.size   # draft: forgot the 2
# %% after mse_loss
# second attempt after the visible check complained about a factor of 2
class MSELoss:
    def forward(self, y, target):
        self.diff = diff = y - target
        c = np.sum(np.square(diff)) / diff.size
        return c

    def backward(self):
        assert hasattr(self, 'diff'), "Need to call forward() first"
        return 2.0 * self.diff / self.diff.size
