# From an independent tester (round 94): Bug: sigmoid_der is s(1-s) only for |z| <= 2.5; beyond it returns the asymptote exp(-|z|) (10% off at |z| = 3, tends to the right value far out).
# kind: bug
# fails: test_sigmoid_der: Or is the formula switched by the size of z
# %% sigmoid_der
def sigmoid_der(z):
    z = np.asarray(z, dtype=float)
    s = sigmoid(z)
    return np.where(np.abs(z) <= 2.5, s * (1 - s), np.exp(-np.abs(z)))
