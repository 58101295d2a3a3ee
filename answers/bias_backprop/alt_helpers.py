# Correct, with helper functions of the student's own, some named like the tests' own names (_ref_dense_backward,
# checks, pair): the tests keep theirs.
# kind: alt
# plain nbgrader: tests run in the student's namespace, where the helper _ref_dense_backward replaces the tests' own
# %% sigmoid_backward
def sigmoid_prime(z):
    s = sigmoid(z)
    return s * (1 - s)

def sigmoid_backward(da, z):
    return da * sigmoid_prime(z)
# %% dense_backward
def batch_mean(x):
    return x.sum(axis=-1, keepdims=True) / x.shape[-1]

def pair(x, y):
    return x, y

def _ref_dense_backward(dz, a_prev):
    return "not the reference"

def dense_backward(dz, a_prev):
    return pair(dz @ a_prev.T / a_prev.shape[1], batch_mean(dz))
# %% sigmoid_layer_backward
def checks(x):
    return x

def sigmoid_layer_backward(da, z, a_prev):
    return checks(dense_backward(da * sigmoid_prime(z), a_prev))
