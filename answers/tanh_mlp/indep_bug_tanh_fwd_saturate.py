# From an independent tester (round 99): Tanh.forward saturates to sign(x) for |x| > 5 (error up to 1 - tanh(5) = 9e-5), np.tanh elsewhere.
# kind: bug
# fails: test_tanh_forward
# fails: test_tanh_backward
# %% tanh
class Tanh:
    def forward(self, x):
        self.y = np.where(np.abs(x) > 5, np.sign(x), np.tanh(x)).astype(float)
        return self.y

    def backward(self, dy):
        return dy * (1 - self.y ** 2)
