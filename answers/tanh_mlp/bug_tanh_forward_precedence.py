# Tanh.forward writes tanh with exponentials but forgets the parentheses around the numerator:
# np.exp(x) - np.exp(-x) / (np.exp(x) + np.exp(-x)). backward uses the stored (wrong) output, so its
# own test fails as well, and says to fix Tanh.forward first.
# fails: test_tanh_forward: the parentheses around the numerator are missing
# fails: test_tanh_backward: fix Tanh.forward first
# %% tanh
class Tanh:
    def forward(self, x):
        self.y = np.exp(x) - np.exp(-x) / (np.exp(x) + np.exp(-x))
        return self.y

    def backward(self, dy):
        return dy * (1 - self.y**2)
