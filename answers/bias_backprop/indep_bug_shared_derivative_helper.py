# Bug in a helper shared by two tasks: _sig_prime(z) returns sigmoid(z) * (1 - z) (mixes s and z). Both
# sigmoid_backward and sigmoid_layer_backward call it; the helper stays the student's when graded, so both tests fail.
# fails: test_sigmoid_backward: dz = da * s * (1 - z)
# fails: test_sigmoid_layer: db uses a wrong sigmoid derivative: dz = da * s * (1 - z)
# %% sigmoid_backward
def _sig_prime(z):
    return sigmoid(z) * (1 - z)


def sigmoid_backward(da, z):
    return da * _sig_prime(z)
# %% sigmoid_layer_backward
def sigmoid_layer_backward(da, z, a_prev):
    d = da * _sig_prime(z)
    return d @ a_prev.T / d.shape[1], d.mean(axis=1, keepdims=True)
