# Tanh.forward computes tanh in place in its input array (np.tanh(x, out=x)): the values are right but
# the caller's x is overwritten. Only test_tanh_forward checks forward's input rule.
# fails: test_tanh_forward: Tanh.forward changed its input x in place
# %% tanh
class Tanh:
    def forward(self, x):
        self.y = np.tanh(x, out=x)
        return self.y

    def backward(self, dy):
        return dy * (1 - self.y ** 2)
