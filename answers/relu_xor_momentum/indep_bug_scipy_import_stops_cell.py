# EXTRA probe: sigmoid via scipy.special.expit, imported at the top of the activations cell (the notebook says
# scipy is not installed where graded and the rest of the cell does not run). Expected: only the activations'
# tests lose points (other tests get reference activations).
# fails: test_sigmoid: stopped with ModuleNotFoundError
# fails: test_relu: stopped with ModuleNotFoundError
# %% activations
from scipy.special import expit

def sigmoid(z):
    return expit(z)


def relu(z):
    return np.maximum(0, z)


def sigmoid_prime(z):
    return expit(z) * (1 - expit(z))


def relu_prime(z):
    return (z > 0).astype(float)
