# From an independent tester (round 106): nllm takes minus the log of the product of the true-class probabilities, which underflows to 0 (loss inf) for big batches.
# kind: bug
# fails: test_nllm
# %% nllm
def nllm(a, y):
    a = np.asarray(a, dtype=float); y = np.asarray(y, dtype=float)
    p = np.sum(a * y, axis=0)
    return float(-np.log(np.prod(p)))
