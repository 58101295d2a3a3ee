# A stable softmax normalised over the last axis (as if samples were rows): right for a 1-D array,
# wrong for column vectors and batches. Every later result computed with it is wrong as well.
# fails: test_softmax_batch: normalised over the wrong axis
# fails: test_nllm_grad_worked: the rows of nllm_grad should sum to zero
# fails: test_prob_before: not a probability strictly between 0 and 1
# fails: test_W_step: W_sm_new is not right
# fails: test_prob_after: not a probability strictly between 0 and 1
# fails: test_forward: is softmax normalised per column?
# fails: test_backward: Gradient check failed for dW2
# fails: test_network_output: the two softmax outputs must sum to one
# fails: test_W2_update: W2_new is not right
# fails: test_W1_update: W1_new is not right
# fails: test_output_after: the two softmax outputs must sum to one
# %% softmax
def softmax(z):
    shifted = z - np.max(z, axis=-1, keepdims=True)
    e = np.exp(shifted)
    return e / np.sum(e, axis=-1, keepdims=True)
