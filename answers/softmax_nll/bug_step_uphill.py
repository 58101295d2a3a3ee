# The softmax-layer step adds the gradient (W + 0.5 * gradient), moving uphill, as the seed's worked
# answer did; the probability after the step is computed from those weights.
# fails: test_W_step: the step went up the gradient
# fails: test_prob_after: it builds on W_sm_new, which is not right
# %% softmax_layer_step
a = softmax(np.dot(W_sm.T, x_sm))
nllm_grad = nll_gradient(x_sm, a, y_sm)
prob_class_2 = a[2]
W_sm_new = W_sm + 0.5 * nllm_grad
prob_class_2_new = softmax(np.dot(W_sm_new.T, x_sm))[2]
