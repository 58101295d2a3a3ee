# The Tanh cell does not parse (a missing colon), so Tanh is never defined: the two Tanh tests fail
# with a NameError, and every other test keeps its points (the MLP tests run the reference Tanh).
# fails: test_tanh_forward: name 'Tanh' is not defined
# fails: test_tanh_backward: name 'Tanh' is not defined
# %% tanh
class Tanh
    def forward(self, x):
        self.y = np.tanh(x)
        return self.y

    def backward(self, dy):
        return dy * (1 - self.y ** 2)
