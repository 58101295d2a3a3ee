# From an independent tester (round 43).
# Bug in softmax: subtracts each column's MINIMUM instead of its maximum, so exponents are >= 0 and overflow for
# columns with a large spread (e.g. [-1000, 1000]).
# The message did not say the minimum is the wrong constant.
# fails: test_softmax: not its minimum or its mean
# fails: test_softmax_batch: not its minimum or its mean
# %% softmax
def softmax(z):
    z = np.asarray(z, dtype=float)
    e = np.exp(z - np.min(z, axis=0, keepdims=True))
    return e / np.sum(e, axis=0, keepdims=True)
