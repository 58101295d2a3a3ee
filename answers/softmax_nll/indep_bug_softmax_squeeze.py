# (Round 69 wrote the same bug: its 1-D message, "(1,) has shape ()", now says what drops the axis.)
# Bug (batch of one): softmax calls np.squeeze "to handle 1-D and 2-D alike", so an (n, 1) column comes back
# as (n,) (and a 1-element 1-D array as a 0-d array). Batches with N > 1 are right. Every worked question
# uses single columns: a - y then broadcasts (n,) - (n, 1) to (n, n) and the worked cells stop with a shape
# error, so everything that builds on softmax is lost (net_out and hidden_out, which accept any shape,
# survive).
# fails: test_softmax: a squeeze(), [0] or .item() dropped the axis
# fails: test_softmax_batch: (3, 1)
# fails: test_nllm_grad_worked: softmax
# fails: test_prob_before: fix softmax first
# fails: test_W_step: softmax
# fails: test_prob_after: softmax
# fails: test_W2_update: fix softmax first
# fails: test_W1_update: fix softmax first
# fails: test_output_after: W1_new
# %% softmax
def softmax(z):
    z = np.squeeze(np.asarray(z, dtype=float))
    e = np.exp(z - np.max(z, axis=0))
    return e / np.sum(e, axis=0)
