# Tanh.backward estimates the derivative with the notebook's own numerical_gradient (the diagonal of the
# Jacobian) instead of deriving it. It agrees with the true gradient to about 1e-9, so the visible check
# passes, but gradients must be derived: test_tanh_backward loses its points.
# fails: test_tanh_backward: estimated numerically
# %% tanh
class Tanh:
    def forward(self, x):
        self.x = x.copy()
        return np.tanh(x)

    def backward(self, dy):
        J = numerical_gradient(np.tanh, self.x)
        return dy * np.diag(J)
