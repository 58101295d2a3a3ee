# From an independent tester (round 131): Bug: a float32 Tanh using the 7/6 Pade approximation for |x| < 3 (off by up to 9e-7) and np.tanh beyond.
# kind: bug
# fails: test_tanh_forward: more than float32 rounding allows
# %% tanh
class Tanh:
    def forward(self, x):
        x = np.asarray(x, dtype=np.float32)
        x2 = x * x
        p = x * (135135 + x2 * (17325 + x2 * (378 + x2))) / (135135 + x2 * (62370 + x2 * (3150 + 28 * x2)))
        self.y = np.where(np.abs(x) < 3, p, np.tanh(x)).astype(np.float32)
        return self.y

    def backward(self, dy):
        return (dy * (1 - self.y ** 2)).astype(np.float32)
