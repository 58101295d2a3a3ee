# Tanh.backward uses 1 - x**2: the derivative is evaluated at the input x instead of at tanh(x).
# fails: test_tanh_backward: the tanh derivative is taken at the input
# fails: test_mlp_backward: Gradient check failed
# fails: test_full_backprop: Gradient check failed
# %% tanh
class Tanh:
    def forward(self, x):
        self.x = x
        return np.tanh(x)

    def backward(self, dy):
        return dy * (1 - self.x ** 2)
