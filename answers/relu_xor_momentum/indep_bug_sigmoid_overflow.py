# Round 38. Bug: sigmoid as exp(z) / (1 + exp(z)) -> nan for z > ~709 (inf/inf).
# fails: test_sigmoid: far from 0
# self-check: test_sigmoid: far from 0
# %% activations
def sigmoid(z):
    e = np.exp(z)
    return e / (1 + e)


def relu(z):
    return np.maximum(0, z)


def sigmoid_prime(z):
    s = sigmoid(z)
    return s * (1 - s)


def relu_prime(z):
    return (z > 0).astype(float)
