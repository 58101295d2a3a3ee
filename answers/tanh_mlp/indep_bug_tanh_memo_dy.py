# From an independent tester (round 88): Tanh.backward memoises results in a module-level dict keyed by dy's bytes (a "speed-up"): a second Tanh object (or a new x) with the same dy gets the old gradient.
# kind: bug
# fails: test_tanh_backward: a result kept from an earlier call
# %% tanh
_memo = {}

class Tanh:
    def forward(self, x):
        self.y = np.tanh(x)
        return self.y

    def backward(self, dy):
        key = (np.asarray(dy).tobytes(), np.shape(dy))
        if key not in _memo:
            _memo[key] = dy * (1 - self.y ** 2)
        return _memo[key]
