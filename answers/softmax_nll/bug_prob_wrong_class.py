# Reads class 2 as the second entry (index 1), the target class: both probabilities are of class 1.
# fails: test_prob_before: the probability of the wrong class, class 1
# fails: test_prob_after: the probability of the wrong class, class 1, after the step
# %% softmax_layer_step
a_sm = softmax(W_sm.T @ x_sm)
nllm_grad = nll_gradient(x_sm, a_sm, y_sm)
prob_class_2 = a_sm[1, 0]
W_sm_new = W_sm - 0.5 * nllm_grad
prob_class_2_new = softmax(W_sm_new.T @ x_sm)[1, 0]
