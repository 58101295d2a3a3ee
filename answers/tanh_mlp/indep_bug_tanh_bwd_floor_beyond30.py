# From an independent tester (round 128): Tanh.backward keeps a small gradient (0.01) for saturated units beyond |x| = 30 "against vanishing gradients": wrong for every |x| > 30, where tanh' is below 1e-25.
# kind: bug
# fails: test_tanh_backward: a floor or a constant
# %% tanh
class Tanh:
    def forward(self, x):
        self.x = np.asarray(x)
        self.y = np.tanh(x)
        return self.y

    def backward(self, dy):
        return dy * np.where(np.abs(self.x) > 30, 0.01, 1 - self.y ** 2)
