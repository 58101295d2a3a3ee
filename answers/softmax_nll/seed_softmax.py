# The seed's softmax: exp(z) / sum(exp(z)). It overflows for large inputs (inf / inf = nan), and for a
# batch it divides by the sum over the whole array instead of each column. forward and backward, tested
# on batches with a correct softmax, keep their points; the worked answers use single columns, where
# this softmax is right.
# fails: test_softmax: np.exp overflows for large inputs
# fails: test_softmax_batch: the whole array sums to one, not each column
# %% softmax
def softmax(z):
    exp_z = np.exp(z)
    return exp_z / np.sum(exp_z)
