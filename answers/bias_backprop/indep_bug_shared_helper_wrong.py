# From an independent tester (round 75): a helper _dsig of the student's (defined in the sigmoid_backward cell) computes sigma(z) * sigma(-z) with a sign slip, sigma(z) * (1 - sigma(-z)) = sigma(z)**2; both sigmoid_backward and sigmoid_layer_backward use it, and a helper of the student's stays the student's when graded, so both tests should lose points.
# kind: bug
# fails: test_sigmoid_backward
# fails: test_sigmoid_layer
# %% sigmoid_backward
def _dsig(z):
    return sigmoid(z) * (1 - sigmoid(-z))


def sigmoid_backward(da, z):
    return da * _dsig(z)
# %% sigmoid_layer_backward
def sigmoid_layer_backward(da, z, a_prev):
    return dense_backward(da * _dsig(z), a_prev)
