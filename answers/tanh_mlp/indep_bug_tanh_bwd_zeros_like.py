# From an independent tester (round 47).
# Tanh.backward allocates dx = np.zeros_like(self.x): an integer x gives an integer dx, the gradient truncated.
# fails: test_tanh_backward: it is an array of integers
# self-check: test_tanh_backward: it is an array of integers
# %% tanh
class Tanh:
    def forward(self, x):
        self.x = x
        self.y = np.tanh(x)
        return self.y

    def backward(self, dy):
        dx = np.zeros_like(self.x)
        dx[:] = dy * (1 - self.y ** 2)
        return dx
