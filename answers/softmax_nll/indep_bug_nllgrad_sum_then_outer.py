# From an independent tester (round 88): nll_gradient sums x and (a - y) over the samples separately and then multiplies: right for one sample, wrong for a batch.
# kind: bug
# fails: test_nll_gradient: multiplies the sums over the samples
# %% nll_gradient
def nll_gradient(x, a, y):
    return x.sum(axis=1, keepdims=True) @ (a - y).sum(axis=1, keepdims=True).T
