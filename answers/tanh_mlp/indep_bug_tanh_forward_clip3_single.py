# From an independent tester (round 53).
# A hidden check of one far-out x said "every entry is 0.9998 times the right value (a constant factor)": one
# entry is always a multiple of the right one. Bug (Tanh.forward): x clipped to [-3, 3] "to avoid overflow".
# fails: test_tanh_forward
# fails: test_tanh_backward: fix Tanh.forward first
# %% tanh
class Tanh:
    def forward(self, x):
        x = np.clip(x, -3, 3)
        self.y = np.tanh(x)
        return self.y

    def backward(self, dy):
        return dy * (1 - self.y ** 2)
