# From an independent tester (round 69): relu returns z itself when no entry is negative ("to save a copy"): right
# values, but the result and the caller's z are one array, where the notebook asks for new arrays. No test looked.
# kind: bug
# fails: test_relu: returned its argument z itself
# %% relu
def relu(z):
    z = np.asarray(z)
    if np.all(z >= 0):
        return z
    return np.maximum(z, 0)
