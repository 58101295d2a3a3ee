# nllm adds 1e-7 inside the log "to avoid log(0)": -sum(y log(a + 1e-7)). Shifts the loss by ~4e-7 relative at
# a = 0.1 (more at small a). Expect test_nllm to catch it (1e-9 relative tolerance); message should say the
# values are slightly off / mention an epsilon.
# Round 33 (and 15): the message gave only the relative error; it now names the epsilon inside the log.
# fails: test_nllm: an epsilon added inside the log
# %% nllm
def nllm(a, y):
    return float(-np.sum(np.asarray(y) * np.log(np.asarray(a) + 1e-7)))
