# From an independent tester (round 123): sigmoid clips z to [-500, 500] against overflow: sigmoid(-1000) returns 7e-218 instead of 0 (underflow), relative
# error unbounded for z < -500.
# kind: bug
# fails: test_sigmoid: above the true sigma(z)
# %% activations
def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-np.clip(z, -500, 500)))
def relu(z):
    return np.maximum(0.0, z)
def sigmoid_prime(z):
    s = sigmoid(z)
    return s * (1.0 - s)
def relu_prime(z):
    return (z > 0).astype(float)
