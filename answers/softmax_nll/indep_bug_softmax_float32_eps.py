# From an independent tester (round 123): softmax computed in float32 with + 1e-6 in the denominator, so columns do not sum to 1: float32's 2e-5 tolerance hid the 1e-6 error.
# kind: bug
# fails: test_softmax: Is something added to the sum
# fails: test_softmax_batch: Is something added to the sum
# fails: test_W2_update
# %% softmax
def softmax(z):
    z = np.asarray(z, dtype=np.float32)
    e = np.exp(z - np.max(z, axis=0, keepdims=True))
    return e / (np.sum(e, axis=0, keepdims=True) + 1e-6)
