# From an independent tester (round 120): Tanh.backward by complex step via a float array viewed as complex (pairs [x, h]) and np.angle-free scaling.
# flagged: uses complex numbers
# kind: other
# %% tanh
class Tanh:
    def forward(self, x):
        self.x = np.asarray(x, dtype=float).copy()
        return np.tanh(self.x)

    def backward(self, dy):
        pairs = np.stack([self.x, np.full(self.x.shape, 1e-200)], axis=-1).copy()
        out = np.tanh(pairs.view(np.dtype('c16'))[..., 0]).view(float).reshape(self.x.shape + (2,))[..., 1]
        return np.asarray(dy, dtype=float) * out / 1e-200
