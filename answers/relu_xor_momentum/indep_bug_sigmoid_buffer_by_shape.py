# From an independent tester (round 37).
# sigmoid writes into a module-level output buffer reused whenever the shape repeats: a second call with the
# same shape overwrites the result handed out by the first call (sigmoid_prime's s*(1-s) is still right).
# fails: test_sigmoid: that its next call changed
# %% activations
_buf = {}

def sigmoid(z):
    """Logistic sigmoid 1 / (1 + exp(-z)), element-wise; same shape as z."""
    z = np.asarray(z, dtype=float)
    out = _buf.get(z.shape)
    if out is None:
        out = _buf[z.shape] = np.empty(z.shape)
    np.divide(1.0, 1.0 + np.exp(-z), out=out)
    return out


def relu(z):
    """ReLU max(0, z), element-wise; same shape as z."""
    return np.maximum(0, z)


def sigmoid_prime(z):
    """Derivative of the sigmoid at z (the sigmoid's input), element-wise; same shape as z."""
    s = sigmoid(z)
    return s * (1 - s)


def relu_prime(z):
    """Derivative of the ReLU at z: 1 where z > 0, 0 elsewhere; same shape as z."""
    return (z > 0).astype(float)
