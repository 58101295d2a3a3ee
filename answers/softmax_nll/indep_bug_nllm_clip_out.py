# From an independent tester (round 37).
# nllm guards log(0) with np.clip(a, 1e-12, 1, out=a): writes into the argument a, but only changes it when an
# entry is below 1e-12 or above 1 (so the visible checks never see it).
# fails: test_nllm: in place
# %% nllm
def nllm(a, y):
    """NLLM with an in-place log guard."""
    if isinstance(a, np.ndarray) and a.dtype.kind == "f":
        np.clip(a, 1e-12, 1.0, out=a)
    return float(-np.sum(np.asarray(y) * np.log(a)))
