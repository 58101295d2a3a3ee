# Round 40. Bug: softmax works in place on a copy that keeps z's dtype: integer z makes np.exp(out=int array) fail.
# fails: test_softmax: a float one
# fails: test_softmax_batch: a float one
# self-check: test_softmax: a float one
# %% softmax
def softmax(z):
    out = np.array(z, copy=True)
    out -= out.max(axis=0, keepdims=True)
    np.exp(out, out=out)
    out /= out.sum(axis=0, keepdims=True)
    return out
