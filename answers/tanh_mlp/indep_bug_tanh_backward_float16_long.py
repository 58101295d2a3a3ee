# From an independent tester (round 96): Tanh.backward keeps the local derivative in float16 for inputs longer than 64 entries: relative errors ~5e-4 there.
# kind: bug
# fails: test_tanh_backward
# %% tanh
class Tanh:
    def forward(self, x):
        self.y = np.tanh(x)
        return self.y

    def backward(self, dy):
        d = 1 - self.y ** 2
        if d.size > 64:
            d = d.astype(np.float16).astype(float)
        return dy * d
