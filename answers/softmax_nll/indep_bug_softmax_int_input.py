# Bug (integer inputs only): softmax preallocates its result with np.zeros_like(z) and fills it. For a float z
# this is right, but for integer pre-activations (softmax(np.array([1, 2, 3])), or a list of ints) the result
# buffer is an int array and every probability is truncated to 0 -- the columns sum to 0, not 1.
# fails: test_softmax: returns an array of dtype int64
# fails: test_softmax_batch: returns an array of dtype int64
# self-check: test_softmax: returns an array of dtype int64
# %% softmax
def softmax(z):
    """Numerically stable softmax over axis 0."""
    z = np.asarray(z)
    out = np.zeros_like(z)
    e = np.exp(z - np.max(z, axis=0))
    out[...] = e / np.sum(e, axis=0)
    return out
