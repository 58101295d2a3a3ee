# Tanh.backward multiplies a copy of dy in place: an integer dy cannot hold the float product (rounds 111, 112 and
# 114 rated the visible check's raw numpy error 3; it now tells the cause).
# kind: bug
# fails: test_tanh_backward: a float result stored into an array of integers
# self-check: test_tanh_backward: a float result stored into an array of integers
# %% tanh
class Tanh:
    def forward(self, x):
        self.y = np.tanh(x)
        return self.y

    def backward(self, dy):
        dx = dy.copy()
        dx *= 1 - self.y**2
        return dx
