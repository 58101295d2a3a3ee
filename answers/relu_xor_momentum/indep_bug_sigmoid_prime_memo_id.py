# From an independent tester (round 86): sigmoid_prime memoises on id(z): a new array that happens to get the id of a freed one (or the same array changed in place) gets a stale result.
# kind: bug
# fails: test_sigmoid
# %% activations
import numpy as np

def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def relu(z):
    return np.maximum(z, 0.0)


_SP_CACHE = {}


def sigmoid_prime(z):
    key = id(z)
    if key not in _SP_CACHE:
        s = sigmoid(z)
        _SP_CACHE[key] = s * (1.0 - s)
    return _SP_CACHE[key]


def relu_prime(z):
    return (z > 0).astype(float)

