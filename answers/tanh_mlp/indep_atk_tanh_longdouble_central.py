# From an independent tester (round 122): Tanh.backward from a central difference computed in np.longdouble (80-bit): error ~1e-13, below the
# 1e-12 "estimated numerically" band. Plain names.
# kind: bug
# fails: test_tanh_backward: below the true
# flagged: backward multiplies a difference
# %% tanh
class Tanh:
    def forward(self, x):
        self.x = np.asarray(x)
        return np.tanh(x)

    def backward(self, dy):
        h = np.longdouble(1e-6)
        x = self.x.astype(np.longdouble)
        d = (np.tanh(x + h) - np.tanh(x - h)) / (2 * h)
        return dy * d.astype(np.float64)
