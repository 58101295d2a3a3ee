# From an independent tester (round 106): bug_nllm_eps after its message: the 1e-10 epsilon left out of the log.
# kind: other
# score: full
# %% nllm
def nllm(a, y):
    return float(-np.sum(np.asarray(y) * np.log(np.asarray(a))))
