# From an independent tester (round 113): section 3's probabilities take softmax of the row x^T W (shape (1, 3)), so each one-entry column is 1.
# Its messages said only "not right"; its visible checks now fail it, naming the row of scores.
# kind: bug
# fails: test_prob_before: is exactly 1
# fails: test_prob_after: is exactly 1
# self-check: test_prob_before: the row x^T W
# %% softmax_layer_step
_a = softmax(W_sm.T @ x_sm)
nllm_grad = nll_gradient(x_sm, _a, y_sm)
prob_class_2 = softmax(x_sm.T @ W_sm)[0, 2]
W_sm_new = W_sm - 0.5 * nllm_grad
prob_class_2_new = softmax(x_sm.T @ W_sm_new)[0, 2]
print("gradient:\n", nllm_grad)
print("P(class 2) before:", prob_class_2, " after:", prob_class_2_new)
print("W after one step:\n", W_sm_new)
