# Round 61 (an independent tester): the same bug was told only "a shape mismatch?"; the message now says it holds for one unit only.
# Bug: nll_gradient written for the sigmoid unit only: sum over samples of x * (a - y) with keepdims,
# which is right when a and y have one row (n = 1) but broadcasts x (m, N) against (a - y) (n, N) for a
# softmax layer: an error when m != n (the section-3 layer: m = 2, n = 3), silently wrong when m == n.
# The worked questions of section 3 build on it; with the usual order of the worked cell (nllm_grad first)
# the cell stops before prob_class_2 is stored, so test_prob_before is expected to fail too, naming
# nll_gradient as the thing to fix.
# fails: test_nll_gradient: is right for one output unit at a time (called with one row of a and y, as for the sigmoid unit, its column is right) but not for all n = 4 units at once: with all of them it raises ValueError
# self-check: test_nll_gradient: is right for one output unit at a time
# fails: test_nllm_grad_worked: fix nll_gradient first
# fails: test_W_step: fix nll_gradient first
# fails: test_prob_after: fix nll_gradient first
# fails: test_prob_before: fix nll_gradient first
# %% nll_gradient
def nll_gradient(x, a, y):
    """Gradient of the summed NLL with respect to W."""
    return np.sum(x * (a - y), axis=1, keepdims=True)
