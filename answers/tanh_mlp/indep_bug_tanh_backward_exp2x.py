# From an independent tester (round 92): Bug (corner the text names): Tanh.backward writes tanh'(x) = 4 e^{2x} / (e^{2x} + 1)^2 with np.exp: inf/inf = nan beyond |x| ~ 355.
# kind: bug
# fails: test_tanh_backward
# %% tanh
class Tanh:
    def forward(self, x):
        self.x = x
        return np.tanh(x)

    def backward(self, dy):
        e2x = np.exp(2 * self.x)
        return dy * 4 * e2x / (e2x + 1) ** 2
