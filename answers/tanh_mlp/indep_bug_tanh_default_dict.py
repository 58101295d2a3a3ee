# From an independent tester (round 60): Tanh keeps its cache in a mutable default argument shared by all instances (cache={}), so two Tanh objects
# overwrite each other's output.
# kind: bug
# fails: test_tanh_backward: or in a default argument
# %% tanh
class Tanh:
    def forward(self, x, cache={}):
        self.cache = cache
        cache['y'] = np.tanh(x)
        return cache['y']

    def backward(self, dy):
        return dy * (1 - self.cache['y'] ** 2)
