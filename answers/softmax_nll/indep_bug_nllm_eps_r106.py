# From an independent tester (round 106): nllm guards the log with eps = 1e-10, above the 1e-12 the prose allows: off for small probabilities.
# kind: bug
# fails: test_nllm
# %% nllm
def nllm(a, y):
    return float(-np.sum(np.asarray(y) * np.log(np.asarray(a) + 1e-10)))
