# From an independent tester (round 45).
# A clip at 1e-7 (Keras's epsilon) kept the points: the check's allowance for a guard grew as 1/a_true.
# nllm clips a to [1e-7, 1] before the log "to avoid log(0)": wrong when the true class has a probability below 1e-7.
# fails: test_nllm: a clipped at 1e-07 before the log
# %% nllm
def nllm(a, y):
    return -np.sum(y * np.log(np.clip(a, 1e-7, 1.0)))
