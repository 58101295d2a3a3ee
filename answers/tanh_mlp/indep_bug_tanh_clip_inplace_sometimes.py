# From an independent tester (round 37).
# Tanh.forward guards against large inputs by clipping x IN PLACE, but only when some |x| > 15:
# the caller's x is modified only on saturated inputs.
# fails: test_tanh_forward: in place
# %% tanh
class Tanh:
    def forward(self, x):
        if np.max(np.abs(x)) > 15:
            np.clip(x, -15, 15, out=x)
        self.y = np.tanh(x)
        return self.y

    def backward(self, dy):
        return dy * (1.0 - self.y ** 2)
