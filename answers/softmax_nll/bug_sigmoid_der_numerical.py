# sigmoid_der by a central difference of sigmoid instead of the derived formula: detected (it matches
# the true derivative only to about 1e-10).
# fails: test_sigmoid_der: estimated numerically
# %% sigmoid_der
def sigmoid_der(z):
    h = 1e-5
    return (sigmoid(z + h) - sigmoid(z - h)) / (2 * h)
