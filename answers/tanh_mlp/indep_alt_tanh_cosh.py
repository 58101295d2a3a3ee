# From an independent tester (round 106): Tanh with backward 1/cosh(x)^2 (overflow to inf gives exactly 0, warnings silenced).
# kind: alt
# score: full
# %% tanh
class Tanh:
    def forward(self, x):
        self.x = x
        return np.tanh(x)

    def backward(self, dy):
        with np.errstate(over='ignore'):
            c = np.cosh(np.asarray(self.x, dtype=float))
        return dy / (c * c)
