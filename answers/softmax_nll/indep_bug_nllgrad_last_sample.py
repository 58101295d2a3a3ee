# Bug: nll_gradient loops over the samples but writes grad = ... instead of grad += ..., so the "summed"
# gradient is the gradient of the LAST sample only (a one-sample gradient used for the whole batch). Right for
# a batch of one (so all of section 3 stays right), wrong for any N > 1.
# fails: test_nll_gradient: the gradient of the last sample alone
# %% nll_gradient
def nll_gradient(x, a, y):
    """Gradient of the summed NLL with respect to W."""
    m, N = x.shape
    grad = np.zeros((m, a.shape[0]))
    for t in range(N):
        grad = np.outer(x[:, t], a[:, t] - y[:, t])
    return grad
