# From an independent tester (round 78): Tanh.forward writes tanh into its input (np.tanh(x, out=x)), changing the caller's x (and failing on integer x).
# kind: bug
# fails: test_tanh_forward
# %% tanh
class Tanh:
    def forward(self, x):
        self.y = np.tanh(x, out=x)
        return self.y

    def backward(self, dy):
        return dy * (1 - self.y ** 2)
