# Tanh written through the sigmoid, tanh(x) = 2 sigmoid(2x) - 1, with the derivative taken as
# sigmoid(2x) (1 - sigmoid(2x)): the factor 4 is missing, and the message names it.
# fails: test_tanh_backward: off by a constant factor 0.25 = 1/4
# %% tanh
class Tanh:
    def forward(self, x):
        self.s = 1 / (1 + np.exp(-2 * x))
        return 2 * self.s - 1

    def backward(self, dy):
        return dy * self.s * (1 - self.s)
