# From an independent tester (round 122): Tanh.backward from a 5-point stencil in np.longdouble (coefficient vector dotted with a stack of shifted
# forward values) for |x| < 12; beyond, where the difference is lost to rounding, an asymptotic tail
# 4e^-2|x| - 8e^-4|x| (no forward evaluations). The body of the gradient is a numerical estimate.
# kind: other
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
        q = np.exp(-2.0 * np.abs(self.x))
        slope = np.where(np.abs(self.x) < 12, slope, 4 * q - 8 * q * q)
        return dy * slope.astype(np.float64)
