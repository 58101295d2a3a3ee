# From an independent tester (round 103): Correct sigmoid derivative chosen per sign with np.where; both branches are evaluated (overflow warnings, nan discarded).
# kind: alt
# score: full
# %% sigmoid_backward
def sigmoid_backward(da, z):
    pos = np.exp(-z) / (1 + np.exp(-z)) ** 2
    neg = np.exp(z) / (1 + np.exp(z)) ** 2
    return da * np.where(z >= 0, pos, neg)
# %% sigmoid_layer_backward
def sigmoid_layer_backward(da, z, a_prev):
    return dense_backward(sigmoid_backward(da, z), a_prev)
