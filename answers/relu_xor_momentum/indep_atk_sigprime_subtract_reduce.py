# From an independent tester (round 126): sigmoid_prime estimated by a longdouble central difference written as np.subtract.reduce over the two evaluations, step 2**-20 built as 1/1048576.
# kind: other
# fails: test_sigmoid: a difference of two nearby values
# flagged: divides a difference of two evaluations
# %% activations
def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def relu(z):
    return np.maximum(0.0, z)


def sigmoid_prime(z):
    q = np.asarray(z, dtype=np.longdouble)
    h = np.longdouble(1) / 1048576
    pair = np.array([1 / (1 + np.exp(-(q + h))), 1 / (1 + np.exp(-(q - h)))])
    return (np.subtract.reduce(pair, axis=0) / (h + h)).astype(float)


def relu_prime(z):
    return (z > 0).astype(float)
