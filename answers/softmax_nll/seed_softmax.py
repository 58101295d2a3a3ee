# The seed's softmax: exp(z) / sum(exp(z)). It overflows for large inputs (inf / inf = nan), and for a
# batch it divides by the sum over the whole array instead of each column, so the network, which is
# tested on batches, gets wrong outputs and gradients too.
# fails: test_softmax: np.exp overflows for large inputs
# fails: test_softmax_batch: the whole array sums to one, not each column
# fails: test_forward: is softmax normalised per column?
# fails: test_backward: Gradient check failed for dW2
# %% softmax
def softmax(z):
    exp_z = np.exp(z)
    return exp_z / np.sum(exp_z)
