# nll_gradient averages over the samples instead of summing. The worked question has one sample, so it
# keeps its points: only nll_gradient's own test fails, and it names the factor 1/N.
# fails: test_nll_gradient: the gradient is averaged over the N=2 samples
# %% nll_gradient
def nll_gradient(x, a, y):
    return x @ (a - y).T / x.shape[1]
