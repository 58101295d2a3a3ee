# From an independent tester (round 71): the seed's nll_gradient, -np.dot(a - y, x.T): sign flipped and transposed; the worked cell steps with W_sm - 0.5 * nllm_grad.T (shape fixed, sign still wrong), leftover print.
# kind: bug
# fails: test_nll_gradient
# fails: test_nllm_grad_worked
# fails: test_W_step
# fails: test_prob_after: because it builds on your nll_gradient
# %% nll_gradient
def nll_gradient(x, a, y):
    diff = a - y
    gradient = -np.dot(diff, x.T)
    print("gradient shape", gradient.shape)
    return gradient
# %% softmax_layer_step
a = softmax(np.dot(W_sm.T, x_sm))
nllm_grad = nll_gradient(x_sm, a, y_sm)
prob_class_2 = a[2]
W_sm_new = W_sm - 0.5 * nllm_grad.T
a_updated = softmax(np.dot(W_sm_new.T, x_sm))
prob_class_2_new = a_updated[2]
print(nllm_grad, prob_class_2, W_sm_new, prob_class_2_new)
