# The Tanh cell does not parse (a missing colon), so Tanh is never defined; everything that
# needs it fails with a NameError while the loss and the linear layer still earn their points.
# fails: test_tanh_forward: name 'Tanh' is not defined
# fails: test_tanh_backward: name 'Tanh' is not defined
# fails: test_mlp_forward: name 'Tanh' is not defined
# fails: test_mlp_backward: name 'Tanh' is not defined
# fails: test_full_backprop: name 'Tanh' is not defined
# %% tanh
class Tanh
    def forward(self, x):
        self.y = np.tanh(x)
        return self.y

    def backward(self, dy):
        return dy * (1 - self.y ** 2)
