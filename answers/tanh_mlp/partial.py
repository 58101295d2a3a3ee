# A student who stopped after section 2: the loss and tanh are done, the rest is untouched.
# base: blank
# fails: test_linear_dx: NotImplementedError
# fails: test_linear_dW: NotImplementedError
# fails: test_linear_db: NotImplementedError
# fails: test_mlp_forward: NotImplementedError
# fails: test_mlp_backward: NotImplementedError
# fails: test_full_backprop: NotImplementedError
# %% mse_loss
class MSELoss:
    def forward(self, y, target):
        self.diff = diff = y - target
        c = np.sum(np.square(diff)) / diff.size
        return c

    def backward(self):
        n = self.diff.size
        return 2.0 / n * self.diff
# %% tanh
class Tanh:
    def forward(self, x):
        self.out = np.tanh(x)
        return self.out

    def backward(self, dy):
        return dy * (1.0 - self.out * self.out)
