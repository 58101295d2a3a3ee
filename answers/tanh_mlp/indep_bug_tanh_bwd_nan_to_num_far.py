# From an independent tester (round 128): Tanh.backward recomputes tanh from the stored x with exp and silences the inf/inf with np.nan_to_num: far out (|x| > 710) tanh becomes 0 and tanh' becomes 1, so backward returns dy where the gradient is 0. Finite, wrong.
# kind: bug
# fails: test_tanh_backward: tanh' taken as 1
# %% tanh
class Tanh:
    def forward(self, x):
        self.x = np.array(x, dtype=float)
        return np.tanh(x)

    def backward(self, dy):
        with np.errstate(all="ignore"):
            ex, emx = np.exp(self.x), np.exp(-self.x)
            t = np.nan_to_num((ex - emx) / (ex + emx))
        return dy * (1 - t ** 2)
