# From an independent tester (round 75): softmax is correct when its tests run, then redefined (in a cell after nllm, i.e. after test_softmax_batch) with the wrong axis (normalises rows: every entry of a single column becomes 1). The worked answers built on softmax (sections 3 and 5: documented) lose points; softmax's own tests and test_forward/test_backward (instructor softmax) should not.
# kind: bug
# fails: test_nllm_grad_worked
# fails: test_prob_before
# fails: test_W_step
# fails: test_prob_after
# fails: test_network_output
# fails: test_W2_update
# fails: test_W1_update
# fails: test_output_after
# %% after nllm
def softmax(z):
    z = np.asarray(z, dtype=float)
    e = np.exp(z - z.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)
