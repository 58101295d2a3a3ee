# From an independent tester (round 36).
# np.outer, which flattens its arguments: right for one sample (N = 1), wrong shape for a batch.
# fails: test_nll_gradient: np.outer flattens its arguments
# %% nll_gradient
def nll_gradient(x, a, y):
    return np.outer(x, np.asarray(a) - np.asarray(y))
