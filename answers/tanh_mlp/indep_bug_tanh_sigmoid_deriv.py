# From an independent tester (round 35).
# Tanh.backward uses the sigmoid derivative s(1-s) of x instead of 1 - tanh^2.
# fails: test_tanh_backward: it is the sigmoid's derivative sigma(x)(1 - sigma(x)) of x
# %% tanh
class Tanh:
    def forward(self, x):
        self.x = x
        return np.tanh(x)

    def backward(self, dy):
        s = 1 / (1 + np.exp(-self.x))
        return dy * s * (1 - s)
