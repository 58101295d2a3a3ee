# From an independent tester (round 129): tanh' with a "saturation guard" that forgot abs(): 0 for x > 12.3 (true tanh' 8e-11 .. 1e-19 up to 23), right for
# x < 0; forward is np.tanh.
# kind: bug
# fails: test_tanh_backward: a guard that sets tanh' to 0
# %% tanh
class Tanh:
    def forward(self, x):
        self.x = np.array(x, dtype=float)
        self.y = np.tanh(x)
        return self.y

    def backward(self, dy):
        return np.where(self.x > 12.3, 0.0, dy * (1 - self.y ** 2))
