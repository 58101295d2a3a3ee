# Round 40. Bug: softmax subtracts the max over the LAST axis (row max): right for 1-D z, wrong for batches and (n,1) columns (uniform), so the worked answers too.
# fails: test_softmax_batch: each row's maximum
# fails: test_nllm_grad_worked
# fails: test_prob_before
# fails: test_W_step
# fails: test_prob_after
# fails: test_network_output
# fails: test_W2_update
# fails: test_W1_update
# fails: test_output_after
# %% softmax
def softmax(z):
    z = np.asarray(z, dtype=float)
    e = np.exp(z - np.max(z, axis=-1, keepdims=True))
    return e / np.sum(e, axis=0, keepdims=True)
