# From an independent tester (round 90): Tanh.forward memoises on the shape of x only: a second input of the same shape gets the first one's tanh.
# kind: bug
# fails: test_tanh_forward: a result kept from an earlier call
# fails: test_tanh_backward
# %% tanh
class Tanh:
    _cache = {}

    def forward(self, x):
        if x.shape not in self._cache:
            self._cache[x.shape] = np.tanh(x)
        self.y = self._cache[x.shape]
        return self.y

    def backward(self, dy):
        return dy * (1 - self.y ** 2)
