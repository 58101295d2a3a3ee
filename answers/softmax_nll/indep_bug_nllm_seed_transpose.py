# From an independent tester (round 92): nllm from the seed student: -np.sum(y * np.log(a.T)); for (n, 1) columns the transpose broadcasts to an (n, n) outer product.
# kind: bug
# fails: test_nllm
# %% nllm
def nllm(a, y):
    return -np.sum(y * np.log(a.T))
