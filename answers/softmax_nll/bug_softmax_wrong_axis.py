# A stable softmax normalised over the last axis (as if samples were rows): right for a 1-D array,
# wrong for column vectors and batches. forward and backward keep their points (their tests use a
# correct softmax), but every worked answer is computed with this softmax: they build on it, and the
# hidden messages say to fix softmax first.
# fails: test_softmax_batch: normalised over the wrong axis
# fails: test_nllm_grad_worked: the rows of nllm_grad should sum to zero
# fails: test_prob_before: builds on your softmax
# fails: test_W_step: it builds on your softmax
# fails: test_prob_after: builds on your softmax
# fails: test_network_output: it builds on your softmax (forward calls it), which does not work yet
# fails: test_W2_update: it builds on your softmax
# fails: test_W1_update: it builds on your softmax
# fails: test_output_after: it builds on your softmax (forward calls it), which does not work yet
# self-check: test_network_output: it builds on your softmax (forward calls it)
# %% softmax
def softmax(z):
    shifted = z - np.max(z, axis=-1, keepdims=True)
    e = np.exp(shifted)
    return e / np.sum(e, axis=-1, keepdims=True)
