# Tanh.backward multiplies dy in place (dy *= ...) and returns it: the caller's gradient array changes.
# The notebook's rule (inputs stay unchanged) is checked on the caller's array.
# fails: test_tanh_backward: Tanh.backward changed dy in place
# %% tanh
class Tanh:
    def forward(self, x):
        self.y = np.tanh(x)
        return self.y

    def backward(self, dy):
        dy *= 1 - self.y ** 2
        return dy
