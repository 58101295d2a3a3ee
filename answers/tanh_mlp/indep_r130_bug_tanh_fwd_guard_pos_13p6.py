# From an independent tester (round 130): Tanh.forward with an overflow guard: expm1(2x)/(exp(2x)+1), returning 1 for x > 13.6 (positive side only); tanh' 0 there.
# kind: bug
# fails: test_tanh_forward: exactly +-1
# %% tanh
class Tanh:
    def forward(self, x):
        x = np.asarray(x, dtype=float)
        with np.errstate(over="ignore", invalid="ignore"):
            e = np.expm1(2 * np.minimum(x, 13.6))
            y = np.where(x > 13.6, 1.0, e / (e + 2))
        self.y = y
        return y

    def backward(self, dy):
        return dy * (1 - self.y ** 2)
