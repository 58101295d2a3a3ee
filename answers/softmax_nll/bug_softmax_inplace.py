# softmax subtracts the maximum in place (z -= ...), which changes the caller's array, against the
# notebook's rule. Its values are right, so only the softmax tests fail, with the in-place diagnosis.
# fails: test_softmax: softmax changed its argument z in place
# fails: test_softmax_batch: softmax changed its argument z in place
# %% softmax
def softmax(z):
    z -= np.max(z, axis=0, keepdims=True)
    e = np.exp(z)
    return e / np.sum(e, axis=0, keepdims=True)
