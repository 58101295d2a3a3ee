# Correct answers that check themselves inside the backward passes: Tanh.backward and linear_backward
# compare their derived gradients with the notebook's numerical_gradient (an assert) and return the
# derived ones. Calling numerical_gradient is not estimating: full marks.
# kind: alt
# %% tanh
class Tanh:
    def forward(self, x):
        self.x = np.array(x, dtype=float)
        self.y = np.tanh(x)
        return self.y

    def backward(self, dy):
        dx = dy * (1 - self.y ** 2)
        J = numerical_gradient(np.tanh, self.x)
        assert np.allclose(dx, dy @ J, rtol=1e-5, atol=1e-8), "my tanh derivative is wrong"
        return dx
# %% linear_backward
def linear_backward(dy, x, W, b):
    dx = W.T @ dy
    dW = np.outer(dy, x)
    db = dy.copy()
    J = numerical_gradient(lambda v: linear_forward(v, W, b), x)
    assert np.allclose(dx, dy @ J), "dx does not match the numerical gradient"
    return dx, dW, db
