# From an independent tester (round 96): Tanh.forward computes in float16 for inputs longer than 64 entries ("to save memory"): errors ~1e-3 on long inputs.
# kind: bug
# fails: test_tanh_forward
# %% tanh
class Tanh:
    def forward(self, x):
        self.y = np.tanh(x)
        if x.size > 64:
            return np.tanh(x.astype(np.float16)).astype(float)
        return self.y

    def backward(self, dy):
        return dy * (1 - self.y ** 2)
