# From an independent tester (round 122): Tanh.backward from secant slopes of np.tanh in longdouble at two resolutions, combined by Richardson
# extrapolation via np.polyval-free weights (4*fine - coarse)/3; saturated tail clipped at 0.
# kind: bug
# fails: test_tanh_backward: below the true
# %% tanh
class Tanh:
    def forward(self, x):
        self.x = np.asarray(x)
        self.y = np.tanh(x)
        return self.y

    def _secant(self, k):
        a = self.x.astype(np.longdouble)
        lo, hi = np.tanh(a - np.ldexp(np.longdouble(1), -k)), np.tanh(a + np.ldexp(np.longdouble(1), -k))
        return np.ldexp(hi - lo, k - 1)

    def backward(self, dy):
        s = (4 * self._secant(13) - self._secant(12)) / 3
        s = np.maximum(np.where(np.abs(self.x) < 18, s, 0), 0)
        return dy * s.astype(np.float64)
