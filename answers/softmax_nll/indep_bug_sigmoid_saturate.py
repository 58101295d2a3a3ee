# From an independent tester (round 108): sigmoid returns exactly 1 for z > 10 and exactly 0 for z < -10 (a "saturation shortcut"), off by up to 4.5e-5 at |z| from 10 to 16.
# kind: bug
# fails: test_sigmoid: exactly 1 (or 0) from
# %% sigmoid
def sigmoid(z):
    z = np.asarray(z, dtype=float)
    with np.errstate(over="ignore"):
        s = 1.0 / (1.0 + np.exp(-z))
    return np.where(z > 10, 1.0, np.where(z < -10, 0.0, s))
