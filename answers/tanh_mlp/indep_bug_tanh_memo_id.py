# From an independent tester (round 86): Tanh.forward memoises on id(x): a different (or refilled) array at a recycled address gets the old output and old cache.
# kind: bug
# fails: test_tanh_forward
# %% tanh
class Tanh:
    def forward(self, x):
        if getattr(self, '_id', None) == id(x):
            return self.y
        self._id = id(x)
        self.y = np.tanh(x)
        return self.y

    def backward(self, dy):
        return dy * (1.0 - self.y * self.y)
