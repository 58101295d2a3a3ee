# softmax divides by the column's sum plus 1e-4 "against division by zero": every column sums to 1 - 1e-4/sum, a
# relative error far above rounding (the sum of exponentials after the shift is at least 1, so no guard is needed).
# fails: test_softmax: Is something added to the sum (an epsilon against division by 0)
# fails: test_softmax_batch: Is something added to the sum
# the worked sections build on softmax (their messages say to fix it first):
# fails: test_prob_before
# fails: test_W_step
# fails: test_prob_after
# fails: test_network_output
# fails: test_nllm_grad_worked
# fails: test_W2_update
# fails: test_W1_update
# fails: test_output_after
# %% softmax
def softmax(z):
    e = np.exp(z - np.max(z, axis=0, keepdims=True))
    return e / (np.sum(e, axis=0, keepdims=True) + 1e-4)
