# From an independent tester (round 92): nll_gradient from the seed student: -np.dot(a - y, x.T), wrong sign AND transposed (shape (n, m)).
# kind: bug
# fails: test_nll_gradient
# fails: test_nllm_grad_worked
# fails: test_W_step
# fails: test_prob_after
# %% nll_gradient
def nll_gradient(x, a, y):
    diff = a - y
    gradient = -np.dot(diff, x.T)
    return gradient
