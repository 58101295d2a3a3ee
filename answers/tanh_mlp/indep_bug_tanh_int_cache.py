# From an independent tester (round 92): Bug (corner the text names: integer x): Tanh.forward returns np.tanh(x) but caches it in self.y = np.zeros_like(x) (int for int x), so backward uses a truncated tanh.
# kind: bug
# fails: test_tanh_backward: wrong for an integer x (int64) and right for the same values as floats
# %% tanh
class Tanh:
    def forward(self, x):
        y = np.tanh(x)
        self.y = np.zeros_like(x)
        self.y[:] = y
        return y

    def backward(self, dy):
        return dy * (1 - self.y ** 2)
