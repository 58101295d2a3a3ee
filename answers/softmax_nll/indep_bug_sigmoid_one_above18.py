# From an independent tester (round 128): sigmoid returns exactly 1.0 above z = 18.2 ("it is 1 to float precision anyway"); wrong by up to 1.2e-8 in 18.2..24.5.
# kind: bug
# fails: test_sigmoid: exactly 1 from z
# %% sigmoid
def sigmoid(z):
    z = np.asarray(z, dtype=float)
    return np.where(z > 18.2, 1.0, 1.0 / (1.0 + np.exp(-z)))
