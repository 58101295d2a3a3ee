# From an independent tester (round 8): kept full marks: no test ran a second sample through one Tanh object.
# Tanh caches its derivative 1 - y**2 at the first backward and never resets it at forward: stale on sample 2.
# fails: test_tanh_backward: second sample on an object
# %% tanh
class Tanh:
    def forward(self, x):
        self.y = np.tanh(x)
        return self.y

    def backward(self, dy):
        if not hasattr(self, 'dydx'):
            self.dydx = 1 - self.y ** 2
        return dy * self.dydx
