# From an independent tester (round 130): Tanh forward saturates (returns exactly 1.0) for x > 16 and backward uses 1 - y**2 (so tanh' = 0 there); positive side only.
# kind: bug
# fails: test_tanh_forward: exactly +-1
# %% tanh
class Tanh:
    def forward(self, x):
        y = np.tanh(x)
        self.y = np.where(x > 16.0, 1.0, y)
        return self.y

    def backward(self, dy):
        return dy * (1 - self.y ** 2)
