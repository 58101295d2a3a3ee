# From an independent tester (round 57): the message gave the value only (on the (2, 7) arrays); the first check now
# names a guard against log(0).
# nllm clips a to [1e-3, 1 - 1e-3] "to avoid log(0)": the visible values (0.1 .. 0.75) are untouched, but any
# probability above 0.999 or below 0.001 gives a wrong loss.
# kind: bug
# fails: test_nllm: against log(0)
# %% nllm
def nllm(a, y):
    a = np.clip(a, 1e-3, 1 - 1e-3)
    return -np.sum(np.asarray(y) * np.log(a))
