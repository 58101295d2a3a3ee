# Tanh.forward is right, but backward takes the derivative at x clipped to [-3, 3] ("to avoid vanishing gradients"):
# 1 - tanh(3)**2 = 0.0099 where the true derivative is 0.0013 or less. Round 33: a helper's probe of this kept full
# marks while every checked |x| was below 2; the hidden check now has |x| from 2.5 to 5 and names the region.
# fails: test_tanh_backward: is x clipped
# %% tanh
class Tanh:
    def forward(self, x):
        self.x = np.array(x, dtype=float)
        self.y = np.tanh(self.x)
        return self.y

    def backward(self, dy):
        return dy * (1 - np.tanh(np.clip(self.x, -3.0, 3.0)) ** 2)
