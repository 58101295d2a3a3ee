# Bug (data-dependent): sigmoid_backward "defensively" guesses that it got the activation a instead of z when every entry
# lies in [0, 1], and then uses z*(1-z). Wrong only when all z are in [0, 1]; random normal test data almost never is.
# Round 34: kept the points (no checked z lay wholly in [0, 1]); a hidden check now has one.
# fails: test_sigmoid_backward: the derivative is computed as z (1 - z)
# %% sigmoid_backward
def sigmoid_backward(da, z):
    if np.all((z >= 0) & (z <= 1)):
        s = z                       # looks like an activation already
    else:
        s = sigmoid(z)
    return da * s * (1 - s)
