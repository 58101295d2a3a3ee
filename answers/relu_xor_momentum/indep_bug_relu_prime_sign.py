# From an independent tester (round 78): relu_prime returns the sign of z (-1/0/1) instead of the 0/1 step.
# kind: bug
# Was told "wrong for z < 0 ... it gives [-1.0, -1.0, -1.0]", not np.sign.
# fails: test_relu: relu_prime returns the sign of z
# %% activations
def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))
def relu(z):
    return np.maximum(0, z)
def sigmoid_prime(z):
    s = sigmoid(z)
    return s * (1 - s)
def relu_prime(z):
    return np.sign(z)
