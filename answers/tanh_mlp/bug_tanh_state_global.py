# Tanh keeps the output of forward in a global variable instead of on self: one Tanh object works, but
# the MLP's two Tanh objects overwrite each other's state, so the first one backpropagates with the
# second one's output (of another size: numpy's broadcasting error, reported as what it means). Only
# test_tanh_backward is charged; the MLP tests run the reference Tanh when graded.
# fails: test_tanh_backward: in a global variable
# %% tanh
_tanh_out = None


class Tanh:
    def forward(self, x):
        global _tanh_out
        _tanh_out = np.tanh(x)
        return _tanh_out

    def backward(self, dy):
        return dy * (1 - _tanh_out**2)
