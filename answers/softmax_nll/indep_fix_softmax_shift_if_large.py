# From an independent tester (round 106): bug_softmax_shift_if_large after its message: each column's own maximum subtracted always (the `if` removed).
# kind: other
# score: full
# %% softmax
def softmax(z):
    z = np.asarray(z, dtype=float)
    z = z - np.max(z, axis=0, keepdims=True)
    e = np.exp(z)
    return e / np.sum(e, axis=0, keepdims=True)
