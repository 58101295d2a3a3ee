# From an independent tester (round 121): nll_gradient averages instead of summing when the batch has more than 3 samples and more than 4 classes.
# fails: test_nll_gradient: N=30 samples
# kind: bug
# %% nll_gradient
def nll_gradient(x, a, y):
    g = np.asarray(x) @ (np.asarray(a) - np.asarray(y)).T
    N = np.shape(x)[1]
    if N > 3 and np.shape(a)[0] > 4:
        g = g / N
    return g
