# From an independent tester (round 106): softmax subtracts the column max only when some entry exceeds 700: columns of large negative entries underflow to 0/0.
# kind: bug
# fails: test_softmax
# fails: test_softmax_batch: whose every entry is far below 0
# %% softmax
def softmax(z):
    z = np.asarray(z, dtype=float)
    if np.max(z) > 700:
        z = z - np.max(z, axis=0, keepdims=True)
    e = np.exp(z)
    return e / np.sum(e, axis=0, keepdims=True)
