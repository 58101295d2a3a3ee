# From an independent tester (round 42).
# Tanh.forward clips x to [-5, 5] "against overflow" before np.tanh (and keeps the clipped tanh for backward): off for |x| > 5, and the backward then uses the derivative at the clipped point.
# (test_tanh_backward keeps its points: the derivative at the clipped x, about 1.8e-4, is within the tolerance of the true
# one near 0; test_tanh_forward fails.)
# fails: test_tanh_forward
# %% tanh
class Tanh:
    def forward(self, x):
        self.y = np.tanh(np.clip(x, -5, 5))
        return self.y

    def backward(self, dy):
        return dy * (1 - self.y ** 2)
