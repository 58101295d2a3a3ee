# Tanh.backward uses 1 - x**2: the derivative is evaluated at the input x instead of at tanh(x).
# Only test_tanh_backward is charged; the MLP tests run the reference Tanh when graded (their visible
# checks, in the student's kernel, say "Fix `Tanh.backward` first").
# fails: test_tanh_backward: the tanh derivative is taken at the input
# %% tanh
class Tanh:
    def forward(self, x):
        self.x = x
        return np.tanh(x)

    def backward(self, dy):
        return dy * (1 - self.x ** 2)
