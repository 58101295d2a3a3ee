# From an independent tester (round 100): fix of bug_nllm_clip as its message says: clip kept below 1e-12 (1e-13).
# kind: alt
# %% nllm
def nllm(a, y):
    return float(-np.sum(y * np.log(np.clip(a, 1e-13, 1.0))))
