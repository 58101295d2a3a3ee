# From an independent tester (round 131): Bug: a float32 Tanh whose backward adds a "safety" 1e-6 to the denominator, dy / (cosh(x)^2 + 1e-6)
# (off by 1e-6 relative near 0).
# kind: bug
# fails: test_tanh_backward: more than float32 rounding allows
# %% tanh
class Tanh:
    def forward(self, x):
        self.x = np.asarray(x, dtype=np.float32)
        return np.tanh(self.x)

    def backward(self, dy):
        with np.errstate(over="ignore"):
            return (dy / (np.cosh(self.x) ** 2 + np.float32(1e-6))).astype(np.float32)
