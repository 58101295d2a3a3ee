# From an independent tester (round 132): nll_gradient ignores samples whose error |a - y| is below 0.04 in every output (already learned)
# kind: bug
# fails: test_nll_gradient: nll_gradient
# %% nll_gradient
def nll_gradient(x, a, y):
    d = a - y
    keep = np.max(np.abs(d), axis=0, keepdims=True) >= 0.04
    return x @ (d * keep).T
