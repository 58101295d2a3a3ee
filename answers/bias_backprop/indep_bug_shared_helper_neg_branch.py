# From an independent tester (round 54), written out in session 27.
# A helper of the student's own, shared by sigmoid_backward and sigmoid_layer_backward: the overflow-free
# two-branch sigmoid derivative with a sign typo in the z < 0 branch (e / (1 - e)). Both tasks use it, so both fail.
# kind: bug
# fails: test_sigmoid_backward: wrong exactly where z < 0
# fails: test_sigmoid_layer: z < 0
# %% sigmoid_backward
def _dsig(z):
    e = np.exp(-np.abs(z))
    s = np.where(z >= 0, 1 / (1 + e), e / (1 - e))
    return s * (1 - s)


def sigmoid_backward(da, z):
    return da * _dsig(z)
# %% sigmoid_layer_backward
def sigmoid_layer_backward(da, z, a_prev):
    d = da * _dsig(z)
    return d @ a_prev.T / d.shape[1], d.mean(axis=1, keepdims=True)
