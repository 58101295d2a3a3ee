# From an independent tester (round 129): tanh' replaced beyond x > 12.3 (positive side only) by a constant 1e-9 "to keep gradients flowing" (true tanh' there
# below 8e-11): right for x < 0 and for x > 23? no -- wrong above 12.3 everywhere on the positive side but the
# tail check's 23..1000 band; variant capped to 12.3 < x < 23.
# kind: bug
# fails: test_tanh_backward: a floor
# %% tanh
class Tanh:
    def forward(self, x):
        self.x = np.array(x, dtype=float)
        self.y = np.tanh(x)
        return self.y

    def backward(self, dy):
        band = (self.x > 12.3) & (self.x < 23.0)
        return np.where(band, dy * 1e-9, dy * (1 - self.y ** 2))
