# From an independent tester (round 132): nllm skips samples whose true-class probability is above 0.99999 ("already learned", loss < 1e-5)
# kind: bug
# fails: test_nllm: nllm
# %% nllm
def nllm(a, y):
    a, y = np.asarray(a, dtype=np.float64), np.asarray(y, dtype=np.float64)
    if a.ndim == 1:
        a, y = a[:, None], y[:, None]
    p = np.sum(a * y, axis=0)
    return float(-np.sum(np.log(p[p <= 0.99999])))
