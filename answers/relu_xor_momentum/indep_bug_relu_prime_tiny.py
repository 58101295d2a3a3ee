# From an independent tester (round 123): relu_prime thresholds at the smallest normal float instead of 0: slope 0 for 0 < z <= 2.2e-308.
# kind: bug
# fails: test_relu: relu_prime is wrong next to the kink
# %% activations
def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))
def relu(z):
    return np.maximum(0.0, z)
def sigmoid_prime(z):
    s = sigmoid(z)
    return s * (1.0 - s)
def relu_prime(z):
    return (z > np.finfo(float).tiny).astype(float)
