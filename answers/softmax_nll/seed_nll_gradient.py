# nll_gradient as the seed homework answered it: -(a - y) x^T, which is minus the transpose of the
# gradient. The worked softmax-layer answers build on it: nllm_grad has the wrong shape, and the model
# answer's step W_sm - 0.5 * nllm_grad then does not broadcast, so W_sm_new and the probability after
# the step are never stored.
# fails: test_nll_gradient: sign flipped and transposed
# fails: test_nllm_grad_worked: It builds on your nll_gradient, which does not work yet: fix it first; see test_nll_gradient
# fails: test_W_step: the cell softmax_layer_step did not store it. It stopped with ValueError. It builds on your nll_gradient
# fails: test_prob_after: It builds on your nll_gradient, which does not work yet
# %% nll_gradient
def nll_gradient(x, a, y):
    diff = a - y
    gradient = -np.dot(diff, x.T)
    return gradient
