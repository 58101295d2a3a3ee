# From an independent tester (round 123): tanh' set to 0 for 6.5 < |x| < 12 only ("saturated": a guard whose upper bound was meant for overflow),
# between the bands checked (up to 6.4) and the tail check (12.25 to 23).
# kind: bug
# fails: test_tanh_backward: a guard that sets tanh' to 0
# %% tanh
class Tanh:
    def forward(self, x):
        self.x = x
        self.y = np.tanh(x)
        return self.y

    def backward(self, dy):
        a = np.abs(self.x)
        return dy * np.where((a > 6.5) & (a < 12), 0.0, 1 - self.y ** 2)
