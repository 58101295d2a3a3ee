# From an independent tester (round 121): relu lets large negative numbers (z < -50) through unchanged.
# fails: test_relu: relu of an array of shape (5, 40) is wrong
# fails: test_output_after: it builds on your relu
# kind: bug
# %% relu
def relu(z):
    z = np.asarray(z)
    return np.where((z > 0) | (z < -50), z, 0 * z)
