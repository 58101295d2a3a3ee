# sigmoid_backward uses the overflow-free two-branch sigmoid but with a sign typo in the z < 0 branch:
# e / (1 - e) instead of e / (1 + e). Exact for z >= 0, wrong only for negative inputs.
# Expected: caught (random z has negative entries); the message should say it is wrong where z < 0.
# Round 33: the message gave only rows and columns; it now says the wrong entries are exactly those with z < 0.
# fails: test_sigmoid_backward: wrong exactly where z < 0
# %% sigmoid_backward
def sigmoid_backward(da, z):
    e = np.exp(-np.abs(z))
    s = np.where(z >= 0, 1 / (1 + e), e / (1 - e))
    return da * s * (1 - s)
