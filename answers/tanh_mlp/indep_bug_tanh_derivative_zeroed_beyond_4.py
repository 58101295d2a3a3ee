# From an independent tester (round 52).
# The message asked whether x is clipped, which gives 1 - tanh(c)**2 there, not the 0 it reported.
# Bug (Tanh.backward): a "saturation guard" sets the derivative to 0 where |x| > 4.
# fails: test_tanh_backward: it is 0 there (a guard that sets it to 0
# %% tanh
class Tanh:
    def forward(self, x):
        self.x = x
        return np.tanh(x)

    def backward(self, dy):
        d = 1 - np.tanh(self.x) ** 2
        d = np.where(np.abs(self.x) > 4, 0.0, d)
        return dy * d
