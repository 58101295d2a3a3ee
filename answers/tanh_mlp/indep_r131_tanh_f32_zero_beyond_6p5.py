# From an independent tester (round 131): Bug: a float32 Tanh whose backward sets tanh' to 0 for |x| > 6.5 ("saturated"), true value up to 9e-6 there.
# kind: bug
# fails: test_tanh_backward: more than float32 rounding allows
# %% tanh
class Tanh:
    def forward(self, x):
        self.x = np.asarray(x, dtype=np.float32)
        self.y = np.tanh(self.x)
        return self.y

    def backward(self, dy):
        return np.where(np.abs(self.x) > 6.5, 0, dy * (1 - self.y ** 2)).astype(np.float32)
