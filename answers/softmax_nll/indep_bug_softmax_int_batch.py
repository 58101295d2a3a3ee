# From an independent tester (round 69): softmax fills np.zeros_like(Z) column by column: an integer batch comes back all zeros.
# Only a 1-D integer array was tested.
# kind: bug
# fails: test_softmax_batch: truncated to whole numbers
# %% softmax
def softmax(z):
    z = np.asarray(z)
    if z.ndim == 1:
        e = np.exp(z - np.max(z))
        return e / np.sum(e)
    out = np.zeros_like(z)
    for t in range(z.shape[1]):
        e = np.exp(z[:, t] - np.max(z[:, t]))
        out[:, t] = e / np.sum(e)
    return out
