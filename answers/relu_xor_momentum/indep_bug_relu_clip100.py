# From an independent tester (round 95): relu caps its output at 100 (np.clip(z, 0, 100)), wrong for z > 100 which the visible check never tries.
# kind: bug
# fails: test_relu: relu
# %% activations
def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def relu(z):
    return np.clip(z, 0, 100)


def sigmoid_prime(z):
    s = sigmoid(z)
    return s * (1 - s)


def relu_prime(z):
    return (z > 0).astype(float)
