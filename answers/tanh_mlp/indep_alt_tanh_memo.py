# From an independent tester (round 90): Tanh with a memo of forward results keyed on the bytes, dtype and shape of x (all the argument), in-place work on own arrays.
# kind: alt
# %% tanh
class Tanh:
    def __init__(self):
        self._memo = {}
        self.n_forward = 0

    def forward(self, x):
        x = np.asarray(x)
        key = (x.dtype.str, x.shape, x.tobytes())
        if key not in self._memo:
            y = np.empty(x.shape, dtype=float)
            np.tanh(x, out=y)
            self._memo[key] = y
        self.y = self._memo[key]
        self.n_forward += 1
        return self.y.copy()

    def backward(self, dy):
        g = self.y ** 2          # a new array
        np.subtract(1.0, g, out=g)
        g *= dy
        return g
