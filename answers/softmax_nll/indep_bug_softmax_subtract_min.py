# From an independent tester (round 5): softmax "stabilised" by subtracting the column's minimum: every exponent
# is >= 0, so a column spanning more than ~710 overflows; the batch test had no such column.
# fails: test_softmax: np.exp overflows
# fails: test_softmax_batch: np.exp overflows
# %% softmax
def softmax(z):
    z = np.asarray(z, dtype=float)
    e = np.exp(z - np.min(z, axis=0, keepdims=True))
    return e / np.sum(e, axis=0, keepdims=True)
