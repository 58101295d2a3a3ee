# From an independent tester (round 86): Tanh.forward returns early for an all-zero input "since tanh(0)=0" without updating self.y: backward then uses the previous sample's cache.
# kind: bug
# fails: test_tanh_backward
# %% tanh
class Tanh:
    def forward(self, x):
        if not np.any(x):
            return np.zeros(np.shape(x))
        self.y = np.tanh(x)
        return self.y

    def backward(self, dy):
        return dy * (1.0 - self.y * self.y)
