# nll_gradient keeps the sigmoid's derivative in the chain rule, x ((a - y) a (1 - a))^T, not seeing
# that it cancels against dNLL/da (issue 17: this was called a constant "normalisation" factor). The
# worked softmax-layer answers build on nll_gradient and say so.
# Round 61 (an independent tester): test_nllm_grad_worked asked "do test_softmax_batch and test_nll_gradient pass?"; it now names nll_gradient.
# fails: test_nll_gradient: it has an extra factor a (1 - a), the sigmoid's derivative
# fails: test_nllm_grad_worked: the rows of nllm_grad should sum to zero, since the entries of a - y do (a and y both sum to one). It builds on your nll_gradient, which does not work yet: fix it first; see test_nll_gradient
# fails: test_W_step: it builds on your nll_gradient, which gives a wrong result
# fails: test_prob_after: it builds on W_sm_new, which is not right
# %% nll_gradient
def nll_gradient(x, a, y):
    dz = (a - y) * a * (1 - a)  # dNLL/da * da/dz
    return x @ dz.T
