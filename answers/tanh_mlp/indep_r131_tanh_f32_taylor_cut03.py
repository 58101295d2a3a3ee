# From an independent tester (round 131): Bug: a float32 Tanh with a "fast path" x - x^3/3 + 2x^5/15 for |x| < 0.3 (off by 1.2e-5 at |x| = 0.3,
# 4e-5 relative); backward 1 - y^2 of that y.
# kind: bug
# fails: test_tanh_forward: more than float32 rounding allows
# %% tanh
class Tanh:
    def forward(self, x):
        x = np.asarray(x, dtype=np.float32)
        small = np.abs(x) < 0.3
        self.y = np.where(small, x - x**3 / 3 + 2 * x**5 / 15, np.tanh(x)).astype(np.float32)
        return self.y

    def backward(self, dy):
        return (dy * (1 - self.y ** 2)).astype(np.float32)
