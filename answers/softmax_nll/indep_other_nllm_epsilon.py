# From an independent tester (round 102): nllm adds 1e-12 inside the log "to avoid log(0)", which is wrong when the true class has a tiny probability.
# Kept full marks on purpose: a guard of 1e-12 or less against log(0) is tolerated (the softmax outputs of the tests
# are never near 1e-12); a larger one loses the point with a message saying what is tolerated.
# kind: other
# score: full
# %% nllm
def nllm(a, y):
    return -np.sum(np.asarray(y) * np.log(np.asarray(a) + 1e-12))
