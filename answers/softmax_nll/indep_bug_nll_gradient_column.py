# From an independent tester (round 54).
# nll_gradient reshapes its result to a column (m, 1), as for the sigmoid unit: right for n = 1, the wrong shape for a
# softmax layer. The visible check tried only a sigmoid unit and passed it, while the worked cells said "fix
# nll_gradient first"; it now tries a softmax layer too.
# fails: test_nll_gradient: same 12 numbers in another shape
# fails: test_nllm_grad_worked
# fails: test_W_step
# fails: test_prob_after
# self-check: test_nll_gradient: same 12 numbers in another shape
# %% nll_gradient
def nll_gradient(x, a, y):
    g = x @ (a - y).T
    return g.reshape(-1, 1)   # same shape as W (m x 1)
