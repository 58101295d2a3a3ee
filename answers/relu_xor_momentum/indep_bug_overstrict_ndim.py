# Bug (over-strict own check): the activations assert a 2-D input (the student only thought of batches), but the
# task says they work element-wise on an array of ANY shape (1-D, scalars, ...).
# fails: test_sigmoid: expected a 2-D batch
# fails: test_relu: your own code raises AssertionError
# %% activations
def _check2d(z):
    z = np.asarray(z)
    assert z.ndim == 2, f"expected a 2-D batch, got shape {z.shape}"
    return z


def sigmoid(z):
    z = _check2d(z)
    return 1 / (1 + np.exp(-z))


def relu(z):
    z = _check2d(z)
    return np.maximum(z, 0)


def sigmoid_prime(z):
    s = sigmoid(z)
    return s * (1 - s)


def relu_prime(z):
    z = _check2d(z)
    return (z > 0).astype(float)
