# From an independent tester (round 129): tanh as expm1(2x) / (exp(2x) + 1) with an overflow guard on the positive side only (exp(2x) -> 0 is harmless for
# x < 0): saturates to 1 for x > 12.3, where tanh is 1 - 8e-11 .. 1 - 2e-19 (wrong by up to 8e-11; tanh' then 0 there).
# kind: bug
# fails: test_tanh_forward: a guard that returns sign(x)
# %% tanh
class Tanh:
    def forward(self, x):
        x = np.asarray(x, dtype=float)
        with np.errstate(over='ignore', invalid='ignore'):
            e = np.exp(2.0 * x)
            self.y = np.where(x > 12.3, 1.0, np.expm1(2.0 * x) / (e + 1.0))
        return self.y

    def backward(self, dy):
        return dy * (1 - self.y ** 2)
