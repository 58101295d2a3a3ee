# From an independent tester (round 92): Bug (probe): loop Tanh.backward allocates dx = np.zeros_like(dy): an integer dy (the seed's np.arange(1, 4)) gives a truncated int dx.
# kind: bug
# fails: test_tanh_backward: wrong for an integer dy (int64) and right for the same values as floats
# %% tanh
class Tanh:
    def forward(self, x):
        self.y = np.tanh(x)
        return self.y

    def backward(self, dy):
        dx = np.zeros_like(dy)
        for i in range(len(dy)):
            dx[i] = dy[i] * (1 - self.y[i] ** 2)
        return dx
