# From an independent tester (round 8): the message did not say that only one sample was counted.
# nllm keeps "the one term that survives" with np.argmax(y) on the flattened array: right for one sample (1-D or
# (n, 1)), but a batch loses all samples except one (and indexes rows, not entries).
# fails: test_nllm: only the first sample
# %% nllm
def nllm(a, y):
    a = np.asarray(a, dtype=float)
    return float(np.sum(-np.log(a.flat[np.argmax(y)])))
