# From an independent tester (round 122): Tanh.backward from a 5-point stencil in np.longdouble written as a coefficient vector dotted with a
# stack of shifted forward values (no subtraction, no division by a step name); saturated tail set to 0.
# kind: bug
# fails: test_tanh_backward: below the true
# flagged: holds a central stencil's numbers
# %% tanh
_W = np.array([-1, 8, -8, 1], dtype=np.longdouble)
_S = np.array([2, 1, -1, -2], dtype=np.longdouble)


class Tanh:
    def forward(self, x):
        self.x = np.asarray(x)
        self.y = np.tanh(x)
        return self.y

    def backward(self, dy):
        r = np.longdouble(4096)
        grid = self.x.astype(np.longdouble)[None, :] + _S[:, None] / r
        slope = (_W * (r / 12)) @ np.tanh(grid)
        slope = np.where(np.abs(self.x) < 18, slope, 0.0)
        return dy * slope.astype(np.float64)
