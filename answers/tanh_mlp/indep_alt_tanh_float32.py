# From an independent tester (round 106): Tanh computed entirely in float32 (storing the output, backward from it).
# kind: alt
# score: full
# %% tanh
class Tanh:
    def forward(self, x):
        self.y = np.tanh(np.asarray(x, dtype=np.float32))
        return self.y.copy()

    def backward(self, dy):
        dy = np.asarray(dy, dtype=np.float32)
        return dy * (np.float32(1) - self.y * self.y)
