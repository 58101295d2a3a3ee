# Bug (integer targets only): nll_gradient builds a - y column by column into a buffer made with
# np.zeros_like(y). One-hot targets are very often integer arrays (np.array([[0], [1], [0]])); then the buffer
# is int and a - y (values in (-1, 1)) is truncated to 0, so the gradient is all zeros. Right for float y.
# fails: test_nll_gradient: right when the same targets are floats
# self-check: test_nll_gradient: right when the same targets are floats
# %% nll_gradient
def nll_gradient(x, a, y):
    """Gradient of the summed NLL with respect to W."""
    diff = np.zeros_like(y)
    for t in range(y.shape[1]):
        diff[:, t] = a[:, t] - y[:, t]
    return x @ diff.T
