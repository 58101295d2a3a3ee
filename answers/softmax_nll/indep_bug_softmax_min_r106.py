# From an independent tester (round 106): softmax subtracts each column's minimum instead of its maximum: overflows when a column spans more than ~709.
# kind: bug
# fails: test_softmax
# fails: test_softmax_batch
# %% softmax
def softmax(z):
    z = np.asarray(z, dtype=float)
    e = np.exp(z - z.min(axis=0, keepdims=True))
    return e / e.sum(axis=0, keepdims=True)
