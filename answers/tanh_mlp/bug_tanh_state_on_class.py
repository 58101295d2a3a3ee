# Tanh keeps its state on the class (Tanh.out = ...) instead of on the instance: one Tanh object works,
# but the MLP's two Tanh objects overwrite each other's state. The old tests showed a raw numpy
# broadcasting error; now test_tanh_backward says what is wrong, and the MLP tests (reference Tanh) pass.
# fails: test_tanh_backward: not on the class (Tanh.y = ...)
# %% tanh
class Tanh:
    def forward(self, x):
        Tanh.out = np.tanh(x)
        return Tanh.out

    def backward(self, dy):
        return dy * (1 - Tanh.out ** 2)
