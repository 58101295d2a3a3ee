# From an independent tester (round 85): Tanh.backward recomputes tanh on x clipped to [-7, 7] "against overflow": derivative 1 - tanh(7)^2 instead of the smaller true value for |x| > 7 (forward is exact np.tanh).
# kind: bug
# fails: test_tanh_backward: is x clipped
# %% tanh
class Tanh:
    def forward(self, x):
        self.x = x
        return np.tanh(x)

    def backward(self, dy):
        t = np.tanh(np.clip(self.x, -7, 7))
        return dy * (1 - t ** 2)
