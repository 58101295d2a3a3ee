# From an independent tester (round 128): Tanh.backward as 1 / cosh(x)**2 with cosh from exp halves, nan guarded by nan_to_num(nan=1): beyond |x|~710 returns dy*1 instead of 0 (a guard that picked the wrong fill). Finite everywhere.
# kind: bug
# fails: test_tanh_backward: tanh' taken as 1
# %% tanh
class Tanh:
    def forward(self, x):
        self.y = np.tanh(x)
        self.x = np.array(x, dtype=float)
        return self.y

    def backward(self, dy):
        with np.errstate(all="ignore"):
            c = (np.exp(self.x) + np.exp(-self.x)) / 2
            s = (np.exp(self.x) - np.exp(-self.x)) / 2
            d = np.nan_to_num(1 - (s / c) ** 2, nan=1.0)
        return dy * d
