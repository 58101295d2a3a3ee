# From an independent tester (round 35).
# NOTE (after grading): the message says "off by a constant factor 2 = the batch size 2: summed over the batch instead
# of averaged?" -- wrong direction: the notebook asks for the SUM; this student has a stray 2x. Rated 0 (misleading).
# nll_gradient has a spurious factor 2 (as if the loss were squared error): 2 x (a - y)^T.
# fails: test_nll_gradient: multiplied by the batch size? The gradient of a sum over the samples
# fails: test_nllm_grad_worked
# fails: test_W_step
# fails: test_prob_after
# %% nll_gradient
def nll_gradient(x, a, y):
    return 2 * x @ (a - y).T
