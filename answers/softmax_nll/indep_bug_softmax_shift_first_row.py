# From an independent tester (round 86): softmax subtracts the first row ("cheaper than a max") instead of the column max: exponents can still be positive and overflow when another entry exceeds the first by more than ~709.
# kind: bug
# fails: test_softmax
# fails: test_softmax_batch
# %% softmax
def softmax(z):
    z = np.asarray(z, dtype=float)
    e = np.exp(z - z[:1])
    return e / np.sum(e, axis=0)
