# Bug: a running sum that is never reset: Tanh.backward accumulates its result in self.grad (initialised on
# first use) and returns the accumulated value, so the second backward pass on the same object is wrong.
# fails: test_tanh_backward: never reset
# %% tanh
class Tanh:
    def forward(self, x):
        self.y = np.tanh(x)
        return self.y

    def backward(self, dy):
        if not hasattr(self, 'grad'):
            self.grad = np.zeros_like(dy, dtype=float)
        self.grad = self.grad + dy * (1 - self.y ** 2)
        return self.grad
