# relu memoised on id(z): stale when the same array comes back with other values.
# kind: bug
# fails: test_relu: returned exactly what it had returned for their earlier values
# %% activations
def sigmoid(z):
    return 1 / (1 + np.exp(-z))


_seen = {}


def relu(z):
    if id(z) not in _seen:
        _seen[id(z)] = np.maximum(z, 0)
    return _seen[id(z)].copy()


def sigmoid_prime(z):
    return sigmoid(z) * (1 - sigmoid(z))


def relu_prime(z):
    return (z > 0).astype(float)
