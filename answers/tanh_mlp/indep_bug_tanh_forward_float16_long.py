# From an independent tester (round 97): Tanh.forward returns float16 for inputs longer than 8 entries ("to save memory"): ~1e-3 error on long inputs.
# kind: bug
# fails: test_tanh_forward
# %% tanh
class Tanh:
    def forward(self, x):
        y = np.tanh(x)
        if np.size(x) > 8:
            y = y.astype(np.float16)
        self.y = np.tanh(x)
        return y

    def backward(self, dy):
        return dy * (1 - self.y ** 2)
