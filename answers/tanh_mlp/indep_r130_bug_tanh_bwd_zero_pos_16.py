# From an independent tester (round 130): Tanh.backward sets tanh' to 0 for x > 16 (a "saturation" guard, positive side only, missing abs()).
# kind: bug
# fails: test_tanh_backward: a guard that sets tanh' to 0
# %% tanh
class Tanh:
    def forward(self, x):
        self.y = np.tanh(x)
        return self.y

    def backward(self, dy):
        d = 1 - self.y ** 2
        d = np.where(self.y > np.tanh(16.0), 0.0, d)
        return dy * d
