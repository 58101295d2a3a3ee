# Tanh.backward uses the sigmoid's derivative formula a(1 - a) with a = tanh(x), where tanh's is 1 - a**2.
# fails: test_tanh_backward: is the sigmoid's derivative formula a(1 - a)
# %% tanh
class Tanh:
    def forward(self, x):
        self.y = np.tanh(x)
        return self.y

    def backward(self, dy):
        return dy * self.y * (1 - self.y)
