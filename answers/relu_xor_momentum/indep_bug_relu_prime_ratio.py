# From an independent tester (round 92): Bug (corner): relu_prime computed as relu(z) / (z + 1e-12) "to avoid dividing by zero": wrong for |z| near 1e-12 and below.
# kind: bug
# fails: test_relu
# %% activations
def sigmoid(z):
    return 1 / (1 + np.exp(-z))

def relu(z):
    return np.maximum(0, z)

def sigmoid_prime(z):
    return sigmoid(z) * (1 - sigmoid(z))

def relu_prime(z):
    return relu(z) / (z + 1e-12)
