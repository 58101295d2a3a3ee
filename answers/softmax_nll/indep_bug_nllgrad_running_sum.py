# Bug (running sum not reset): the student keeps the gradient sum in a module-level dictionary keyed by the
# gradient's shape ("so I can watch it accumulate") and adds each call's gradient to it without resetting.
# The first call for a given shape is right (so section 3, whose only (2, 3) call is the first, is right);
# later calls return the sum over all previous calls.
# fails: test_nll_gradient: keeps something from one call to the next
# %% nll_gradient
_grad_sum = {}


def nll_gradient(x, a, y):
    """Gradient of the summed NLL with respect to W."""
    g = x @ (a - y).T
    if g.shape not in _grad_sum:
        _grad_sum[g.shape] = np.zeros(g.shape)
    _grad_sum[g.shape] += g
    return _grad_sum[g.shape].copy()
