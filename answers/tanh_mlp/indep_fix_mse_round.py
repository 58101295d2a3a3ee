# From an independent tester (round 106): Fix of bug_mse_round: the rounding removed, as the message asks for the exact derived formula.
# kind: other
# score: full
# %% mse_loss
class MSELoss:
    def forward(self, y, target):
        self.diff = diff = y - target  # kept for backward
        c = np.sum(np.square(diff)) / diff.size
        return c

    def backward(self):
        assert hasattr(self, 'diff'), "Need to call forward() first"
        return 2 * self.diff / self.diff.size
