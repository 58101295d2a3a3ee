# From an independent tester (round 98): nllm averages over samples once the batch has 3 or more samples (sums only for N <= 2, which is all the visible check uses).
# kind: bug
# fails: test_nllm
# %% nllm
def nllm(a, y):
    a = np.asarray(a, dtype=float); y = np.asarray(y, dtype=float)
    total = -np.sum(y * np.log(np.where(y > 0, a, 1.0)))
    N = a.shape[1] if a.ndim == 2 else 1
    return float(total / N) if N > 2 else float(total)
