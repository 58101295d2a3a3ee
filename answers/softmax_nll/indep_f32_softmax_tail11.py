# From an independent tester (round 132): float32 softmax dropping classes more than 11 below the top (e^-11 = 1.7e-5 < 2e-5)
# kind: bug
# fails: test_softmax: a cut-off
# %% softmax
def softmax(z):
    z = np.asarray(z, dtype=np.float32)
    u = z - np.max(z, axis=0, keepdims=True)
    e = np.where(u < -11, np.float32(0), np.exp(u))
    return e / np.sum(e, axis=0, keepdims=True)
