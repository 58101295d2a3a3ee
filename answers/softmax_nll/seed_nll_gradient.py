# nll_gradient as the seed homework answered it: -(a - y) x^T, which is minus the transpose of the
# gradient. The worked softmax-layer cell then cannot take its step (W_sm - 0.5 * nllm_grad does not
# broadcast), so the step and the probability after it are never stored.
# fails: test_nll_gradient: sign flipped and transposed
# fails: test_nllm_grad_worked: is it transposed?
# fails: test_W_step: name 'W_sm_new' is not defined
# fails: test_prob_after: name 'prob_class_2_new' is not defined
# %% nll_gradient
def nll_gradient(x, a, y):
    diff = a - y
    gradient = -np.dot(diff, x.T)
    return gradient
