# From an independent tester (round 88): Not derived: relu_prime by a central finite difference of relu with h = 2**-30 (exact in floating point away from the kink); nothing else unusual
# kind: bug
# fails: test_relu: between 0 and 1 next to the kink
# flagged: relu_prime divides a difference of two evaluations by a small step
# %% activations
def sigmoid(z):
    return 1 / (1 + np.exp(-z))

def sigmoid_prime(z):
    s = sigmoid(z)
    return s * (1 - s)

def relu(z):
    return np.maximum(0, z)

def relu_prime(z):
    h = 2.0 ** -30
    return (relu(z + h) - relu(z - h)) / (2 * h)
