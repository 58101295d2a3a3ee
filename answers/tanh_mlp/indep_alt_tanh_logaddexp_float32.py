# From an independent tester (round 97): Tanh as 2*sigmoid(2x)-1 with np.logaddexp in float32; class with extra attributes and a helper method.
# kind: alt
# %% tanh
class Tanh:
    dtype = np.float32
    def __init__(self):
        self.calls = 0
        self.name = "tanh"

    @staticmethod
    def _tanh(x):
        x = np.asarray(x, dtype=np.float32)
        # tanh(x) = 1 - 2 / (1 + exp(2x)) = 1 - 2 * exp(-logaddexp(0, 2x)); use symmetry for accuracy
        a = np.abs(x)
        t = np.float32(1) - np.float32(2) * np.exp(-np.logaddexp(np.float32(0), 2 * a)).astype(np.float32)
        return np.sign(x).astype(np.float32) * t

    def forward(self, x):
        self.calls += 1
        self.y = self._tanh(x)
        return self.y

    def backward(self, dy):
        return np.asarray(dy, dtype=np.float32) * (np.float32(1) - np.square(self.y))
