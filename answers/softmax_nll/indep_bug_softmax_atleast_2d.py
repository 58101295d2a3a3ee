# From an independent tester (round 88): softmax uses np.atleast_2d, which turns a 1-D (n,) into a (1, n) ROW, so the axis-0 softmax of a 1-D input is all ones.
# kind: bug
# fails: test_softmax: was the 1-D input made a row
# %% softmax
def softmax(z):
    z2 = np.atleast_2d(np.asarray(z, dtype=float))
    e = np.exp(z2 - z2.max(axis=0, keepdims=True))
    return (e / e.sum(axis=0, keepdims=True)).reshape(np.shape(z))
