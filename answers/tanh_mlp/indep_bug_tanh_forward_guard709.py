# From an independent tester (round 105): Tanh.forward guards exp overflow at |x| > 709 but uses (e^{2x}-1)/(e^{2x}+1), so it is nan for 355 < x <= 709.
# kind: bug
# fails: test_tanh_forward: from 360 to 700
# %% tanh
class Tanh:
    def forward(self, x):
        self.x = x
        with np.errstate(over='ignore', invalid='ignore'):
            e = np.exp(2 * x)
            return np.where(np.abs(x) > 709, np.sign(x), (e - 1) / (e + 1))

    def backward(self, dy):
        return dy * (1 - np.tanh(self.x) ** 2)
