# From an independent tester (round 92): softmax from the seed student: exp(z) / sum(exp(z)), no shift (overflows to nan at 1000) and sums over the whole array, not per column.
# kind: bug
# fails: test_softmax
# fails: test_softmax_batch
# %% softmax
def softmax(z):
    exp_z = np.exp(z)
    return exp_z / np.sum(exp_z)
