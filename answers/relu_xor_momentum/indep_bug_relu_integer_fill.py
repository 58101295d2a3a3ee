# From an independent tester (round 62): told 'wrong for z > 0 only', not that the values were truncated to integers.
# relu fills an integer array (np.zeros(z.shape, dtype=int)): positive values are truncated (0.5 -> 0, 3.0 -> 3).
# kind: bug
# fails: test_relu: its values are truncated or rounded to whole numbers
# self-check: test_relu: its values are truncated or rounded to whole numbers
# %% activations
def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def relu(z):
    out = np.zeros(np.shape(z), dtype=int)
    out[z > 0] = z[z > 0]
    return out


def sigmoid_prime(z):
    s = sigmoid(z)
    return s * (1 - s)


def relu_prime(z):
    return (z > 0).astype(float)
