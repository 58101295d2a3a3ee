# From an independent tester (round 105): Tanh.backward guards overflow at |x| > 709 but uses 4e^{2x}/(e^{2x}+1)^2, so it is nan for 355 < x <= 709.
# kind: bug
# fails: test_tanh_backward: from 360 to 700
# %% tanh
class Tanh:
    def forward(self, x):
        self.x = x
        return np.tanh(x)

    def backward(self, dy):
        x = self.x
        with np.errstate(over='ignore', invalid='ignore'):
            e = np.exp(2 * x)
            local = np.where(np.abs(x) > 709, 0.0, 4 * e / (e + 1) ** 2)
        return dy * local
