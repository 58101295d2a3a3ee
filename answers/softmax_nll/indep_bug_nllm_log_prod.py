# From an independent tester (round 69): nllm is -log of the product of the true classes' probabilities: inf once the product underflows
# (400 samples of 10 classes). No test had a batch that large.
# kind: bug
# fails: test_nllm: Sum the logs instead
# %% nllm
def nllm(a, y):
    a = np.asarray(a, dtype=float)
    y = np.asarray(y, dtype=float)
    likelihood = np.prod(np.sum(a * y, axis=0))
    return float(-np.log(likelihood))
