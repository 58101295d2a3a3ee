# From an independent tester (round 129): Tanh.backward clips the gradient it returns to [-100, 100] (gradient clipping): wrong for any |dy| tanh'(x) > 100;
# the tests' dy stay within a few units.
# kind: bug
# fails: test_tanh_backward: capped
# %% tanh
class Tanh:
    def forward(self, x):
        self.y = np.tanh(x)
        return self.y

    def backward(self, dy):
        return np.clip(dy * (1 - self.y ** 2), -100.0, 100.0)
