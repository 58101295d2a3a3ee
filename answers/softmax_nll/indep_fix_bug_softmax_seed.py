# From an independent tester (round 92): bug_softmax_seed with both messages' fixes: subtract np.max(z, axis=0, keepdims=True), sum over axis 0 with keepdims.
# kind: alt
# %% softmax
def softmax(z):
    exp_z = np.exp(z - np.max(z, axis=0, keepdims=True))
    return exp_z / np.sum(exp_z, axis=0, keepdims=True)
