# From an independent tester (round 72): softmax flattens an (n, 1) column to (n,): the worked answers that build on it stop (passes test_softmax's visible check).
# kind: bug
# fails: test_softmax_batch
# fails: test_nllm_grad_worked
# fails: test_prob_before
# fails: test_W_step: see test_softmax and test_softmax_batch)
# fails: test_prob_after
# fails: test_W2_update
# fails: test_W1_update
# fails: test_output_after
# %% softmax
def softmax(z):
    z = np.asarray(z, dtype=float)
    if z.ndim == 2 and z.shape[1] == 1:
        z = z[:, 0]
    e = np.exp(z - np.max(z, axis=0))
    return e / np.sum(e, axis=0)
