# From an independent tester (round 123): sigmoid_backward with a sign-split "stable" derivative that forgets z == 0 exactly: sigma'(0) comes out 0, not 0.25.
# A real slip (np.where(z > 0, ..., np.where(z < 0, ..., 0))). Wrong for every input that holds an exact 0.
# kind: bug
# fails: test_sigmoid_backward: sigma'(z) is 0 where z is exactly 0
# %% sigmoid_backward
def sigmoid_backward(da, z):
    z = np.asarray(z, dtype=float)
    e = np.exp(-np.abs(z))
    d = e / (1.0 + e) ** 2
    d = np.where(z > 0, d, np.where(z < 0, d, 0.0))
    return da * d
