# From an independent tester (round 128): tanh' estimated as the inverse of a central difference of arctanh in y-space (the inverse function's slope).
# kind: other
# fails: test_tanh_backward: it is not the exact derivative
# flagged: backward divides a small step by a difference of one function
# %% tanh
class Tanh:
    def forward(self, x):
        self.y = np.tanh(x)
        return self.y

    def backward(self, dy):
        k = 2.0 ** -26
        y = self.y
        w = np.arctanh(np.minimum(y + k, 1.0)) - np.arctanh(np.maximum(y - k, -1.0))
        with np.errstate(all="ignore"):
            return dy * np.nan_to_num(2 * k / w)
