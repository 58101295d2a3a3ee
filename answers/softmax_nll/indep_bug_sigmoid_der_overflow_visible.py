# From an independent tester (round 55).
# sigmoid_der as exp(-z) * sigma(z)**2 (a right formula): exp(-z) overflows for z < -709, and inf * 0 is nan. The
# visible check tried |z| <= 2 only; it now tries |z| from 710 to 1000.
# fails: test_sigmoid_der: is nan at z =
# self-check: test_sigmoid_der: is nan at z =
# %% sigmoid_der
def sigmoid_der(z):
    s = sigmoid(z)
    return np.exp(-z) * s ** 2
