# From an independent tester (round 85): sigmoid_der zeroes the tails |z| > 30 "to avoid overflow": wrong for 30 < |z| < ~745 where sigma' is tiny but nonzero.
# kind: bug
# fails: test_sigmoid_der
# %% sigmoid_der
def sigmoid_der(z):
    z = np.asarray(z, dtype=float)
    s = sigmoid(z)
    return np.where(np.abs(z) > 30.0, 0.0, s * (1.0 - s))
