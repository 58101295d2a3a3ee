# From an independent tester (round 107): softmax subtracts the column max only when some entry is large (> 500), so all-very-negative columns underflow to 0/0.
# kind: bug
# fails: test_softmax: whose every entry is far below 0
# fails: test_softmax_batch: whose every entry is far below 0
# %% softmax
def softmax(z):
    z = np.asarray(z, dtype=float)
    if np.max(z) > 500:
        z = z - np.max(z, axis=0, keepdims=True)
    e = np.exp(z)
    return e / np.sum(e, axis=0, keepdims=True)
