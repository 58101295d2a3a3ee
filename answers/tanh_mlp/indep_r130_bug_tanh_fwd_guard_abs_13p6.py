# From an independent tester (round 130): Tanh.forward with a symmetric overflow guard: sign(x) for |x| > 13.6, expm1(2x)/(exp(2x)+1) inside; tanh' (1 - y^2) 0 there.
# kind: bug
# fails: test_tanh_forward: exactly +-1
# %% tanh
class Tanh:
    def forward(self, x):
        x = np.asarray(x, dtype=float)
        c = np.clip(x, -13.6, 13.6)
        e = np.expm1(2 * c)
        y = np.where(np.abs(x) > 13.6, np.sign(x), e / (e + 2))
        self.y = y
        return y

    def backward(self, dy):
        return dy * (1 - self.y ** 2)
