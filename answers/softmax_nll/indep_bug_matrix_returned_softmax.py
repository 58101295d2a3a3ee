# From an independent tester (round 84): np.matrix left in the result: softmax returns np.asmatrix(...) so a 1-D z of shape (n,) gives a (1, n) matrix and batches come back as np.matrix.
# kind: bug
# fails: test_softmax
# The worked cells' messages sent the student to backward ("fix backward first"), whose test passes.
# fails: test_W2_update: fix softmax first
# fails: test_W1_update: fix softmax first
# fails: test_output_after
# %% softmax
def softmax(z):
    z = np.asarray(z, dtype=float)
    e = np.exp(z - z.max(axis=0))
    return np.asmatrix(e / e.sum(axis=0))
