# From an independent tester (round 52).
# The message was only "prob_class_2 is not right (it is off by more than 1e-06)".
# Bug (Task 3): W_sm_new = W_sm aliases the given array, so the in-place step changes W_sm, and prob_class_2,
# computed from W_sm afterwards, is the probability after the step.
# fails: test_prob_before: was W_sm changed in place before it was computed
# %% softmax_layer_step
a = softmax(W_sm.T @ x_sm)
nllm_grad = nll_gradient(x_sm, a, y_sm)
W_sm_new = W_sm
W_sm_new -= 0.5 * nllm_grad
prob_class_2 = softmax(W_sm.T @ x_sm)[2, 0]
prob_class_2_new = softmax(W_sm_new.T @ x_sm)[2, 0]
print("gradient:\n", nllm_grad)
print("P(class 2) before:", prob_class_2, " after:", prob_class_2_new)
print("W after one step:\n", W_sm_new)
