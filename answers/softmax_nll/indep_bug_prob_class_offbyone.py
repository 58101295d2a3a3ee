# From an independent tester (round 106): The worked softmax step reads class 2 as row 1 (classes counted from 1), before and after the step.
# kind: bug
# fails: test_prob_before
# fails: test_prob_after
# %% softmax_layer_step
a_sm = softmax(W_sm.T @ x_sm)
nllm_grad = nll_gradient(x_sm, a_sm, y_sm)
prob_class_2 = a_sm[1, 0]
W_sm_new = W_sm - 0.5 * nllm_grad
prob_class_2_new = softmax(W_sm_new.T @ x_sm)[1, 0]
print("gradient:\n", nllm_grad)
print("P(class 2) before:", prob_class_2, " after:", prob_class_2_new)
print("W after one step:\n", W_sm_new)
