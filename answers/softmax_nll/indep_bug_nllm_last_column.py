# From an independent tester (round 109): nllm loops over samples with range(N - 2, N) (an index slip), so a batch's loss counts only its last two samples.
# kind: bug
# fails: test_nllm: counts only the last 2 samples
# %% nllm
def nllm(a, y):
    a = np.asarray(a, dtype=float); y = np.asarray(y, dtype=float)
    if a.ndim == 1:
        return float(-np.sum(y * np.log(a)))
    N = a.shape[1]
    total = 0.0
    for t in range(N - 2, N):
        if t < 0:
            continue
        total += -np.sum(y[:, t] * np.log(a[:, t]))
    return float(total)
