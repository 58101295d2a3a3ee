# Correct answers with np.einsum, np.dot and reshapes instead of @ and np.outer; the tanh derivative
# written as 1/cosh(x)**2 from the stored input.
# kind: alt
# %% tanh
class Tanh:
    def forward(self, x):
        self.x = x.copy()
        return np.tanh(x)

    def backward(self, dy):
        return dy / np.cosh(self.x) ** 2
# %% linear_backward
def linear_backward(dy, x, W, b):
    dx = np.einsum("ij,i->j", W, dy)
    dW = dy.reshape(-1, 1) @ x.reshape(1, -1)
    db = np.einsum("i->i", dy)
    return dx, dW, db
