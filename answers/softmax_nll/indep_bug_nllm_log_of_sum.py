# From an independent tester (round 89): nllm takes -log(sum(y * a)): log of the summed true-class probabilities, not the sum of their logs (right for
# one sample only).
# kind: bug
# fails: test_nllm: right for one sample only
# %% nllm
def nllm(a, y):
    return float(-np.log(np.sum(np.asarray(y) * np.asarray(a))))
