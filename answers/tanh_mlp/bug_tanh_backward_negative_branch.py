# Tanh.backward takes 1 - y**2 / 2 where x < 0 (a branch by the sign of x, the negative one wrong); round 111 saw such
# a derivative told no cause.
# kind: bug
# fails: test_tanh_backward: two branches by the sign of x
# %% tanh
class Tanh:
    def forward(self, x):
        self.x = x
        self.y = np.tanh(x)
        return self.y

    def backward(self, dy):
        d = np.where(self.x >= 0, 1 - self.y**2, 1 - 0.5 * self.y**2)
        return dy * d
