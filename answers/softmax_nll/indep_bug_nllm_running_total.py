# From an independent tester (round 37).
# nllm keeps a running total that is reset only when the shape of a changes: a second call with the same
# shape returns the sum of both losses (the visible checks use three different shapes).
# fails: test_nllm: nllm
# %% nllm
_STATE = {"shape": None, "total": 0.0}

def nllm(a, y):
    """NLLM with a running total (bug)."""
    a = np.asarray(a, dtype=float); y = np.asarray(y, dtype=float)
    if a.shape != _STATE["shape"]:
        _STATE["shape"], _STATE["total"] = a.shape, 0.0
    _STATE["total"] += float(-np.sum(y * np.log(a)))
    return _STATE["total"]
