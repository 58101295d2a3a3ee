# From an independent tester (round 72): Tanh.backward and linear_backward run an optional finite-difference self-check (off by default) that only prints or asserts, and return the derived gradient: not flagged.
# kind: alt
# %% tanh
class Tanh:
    def forward(self, x):
        self.x = x
        self.y = np.tanh(x)
        return self.y

    def backward(self, dy, debug=False):
        dx = dy * (1 - self.y ** 2)  # derived: tanh' = 1 - tanh^2
        if debug:
            # compare the derived result with central differences, for my own peace of mind
            eps = 1e-6
            est = (np.tanh(self.x + eps) - np.tanh(self.x - eps)) / (2 * eps) * dy
            if not np.allclose(est, dx, atol=1e-5):
                print("warning: Tanh.backward disagrees with finite differences", np.max(np.abs(est - dx)))
        return dx
# %% linear_backward
def linear_backward(dy, x, W, b, check=False):
    dx = np.dot(W.T, dy)
    dW = np.outer(dy, x).astype(float)
    db = dy
    if check:
        J = numerical_gradient(lambda a: linear_forward(x, a.reshape(W.shape), b), W.flatten().astype(float))
        assert np.allclose(dy @ J, dW.flatten()), "dW does not match the numerical gradient"
    return dx, dW, db
