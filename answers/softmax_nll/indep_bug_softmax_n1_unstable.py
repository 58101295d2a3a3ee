# From an independent tester (round 49).
# softmax: special case for a batch of one (n, 1) skips the max shift -> nan for large entries (rare branch).
# fails: test_softmax_batch: contains nan or inf: np.exp overflows for large inputs
# %% softmax
def softmax(z):
    z = np.asarray(z, dtype=float)
    if z.ndim == 2 and z.shape[1] == 1:
        e = np.exp(z)
        return e / np.sum(e)
    e = np.exp(z - np.max(z, axis=0, keepdims=True))
    return e / np.sum(e, axis=0, keepdims=True)
