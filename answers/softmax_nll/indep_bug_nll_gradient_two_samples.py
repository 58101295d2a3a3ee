# From an independent tester (round 100): nll_gradient uses only the first two samples of the batch (right for N <= 2).
# kind: bug
# fails: test_nll_gradient: it sums the first 2 of the N=
# %% nll_gradient
def nll_gradient(x, a, y):
    d = np.asarray(a, dtype=float) - np.asarray(y, dtype=float)
    return x[:, :2] @ d[:, :2].T
