# From an independent tester (round 42).
# Tanh.forward fills y = np.zeros_like(x): y inherits x's dtype, so an integer x gives a truncated (integer) tanh and a wrong backward.
# fails: test_tanh_forward: np.zeros_like of an integer input
# self-check: test_tanh_forward: np.zeros_like of an integer input
# %% tanh
class Tanh:
    def forward(self, x):
        y = np.zeros_like(x)
        y[:] = np.tanh(x)
        self.y = y
        return y

    def backward(self, dy):
        return dy * (1 - self.y ** 2)
