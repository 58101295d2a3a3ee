# From an independent tester (round 36).
# Correct caching: Tanh memoises tanh(x) keyed on (shape, bytes) of the input in an instance dict,
# bounded to the last key; backward uses the entry of the last forward. Correct.
# kind: alt
# %% tanh
class Tanh:
    def forward(self, x):
        x = np.asarray(x)
        key = (x.shape, x.dtype.str, x.tobytes())
        memo = self.__dict__.setdefault('_memo', {})
        if key not in memo:
            memo.clear()
            memo[key] = np.tanh(x)
        self._last = memo[key]
        return self._last.copy()

    def backward(self, dy):
        return dy * (1.0 - self._last * self._last)
