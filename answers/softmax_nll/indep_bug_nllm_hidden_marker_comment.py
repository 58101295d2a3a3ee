# From an independent tester (round 80): nllm averages over samples (a bug), and the student pasted a '### BEGIN HIDDEN TESTS' marker line in a comment.
# kind: bug
# Was told that nllm is not defined (its cell was not run); the averaging was never named.
# fails: test_nllm: it averages over the samples
# %% nllm
def nllm(a, y):
    # ### BEGIN HIDDEN TESTS   (copied from a forum post, meaningless here)
    a = np.asarray(a, dtype=float)
    y = np.asarray(y, dtype=float)
    return float(-np.sum(y * np.log(a)) / a.reshape(a.shape[0], -1).shape[1])
