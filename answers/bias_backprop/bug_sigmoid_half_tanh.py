# Uses sigma(z)(1 - sigma(z)) but with the tanh identity mis-remembered: 0.5 (1 - tanh(z/2)^2) instead of 0.25.
# Round 6: the message blamed "a derivative of a square counted twice, or a missing 1/2 in the cost".
# fails: test_sigmoid_backward: has no factor 2
# %% sigmoid_backward
def sigmoid_backward(da, z):
    return da * 0.5 * (1 - np.tanh(z / 2) ** 2)
