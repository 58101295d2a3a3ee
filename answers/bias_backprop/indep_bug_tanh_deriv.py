# From an independent tester: sigmoid_backward uses tanh's derivative 1 - tanh(z)**2 instead of the sigmoid's.
# fails: test_sigmoid_backward: this is the derivative of tanh, 1 - tanh(z)**2, not of the sigmoid
# %% sigmoid_backward
def sigmoid_backward(da, z):
    return da * (1 - np.tanh(z) ** 2)
