# From an independent tester (round 43).
# Bug (Tanh.backward): derivative written as 4 e^{2x} / (e^{2x} + 1)^2 with np.exp: inf/inf = nan for x > ~355.
# Kept full marks before round 43 (no far-out x for backward).
# fails: test_tanh_backward: is inf / inf = nan
# %% tanh
class Tanh:
    def forward(self, x):
        self.x = x
        return np.tanh(x)

    def backward(self, dy):
        e = np.exp(2 * self.x)
        return dy * 4 * e / (e + 1) ** 2
