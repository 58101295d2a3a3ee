# nllm averages over the samples instead of summing (np.mean over the columns). Only nllm's test fails:
# backward, whose checks once built their loss from the student's nllm (and lost 6 points telling a
# correct backward to average), is graded with a correct nllm.
# fails: test_nllm: it averages over the samples
# %% nllm
def nllm(a, y):
    a, y = np.atleast_2d(a.T).T, np.atleast_2d(y.T).T
    return float(np.mean(-np.sum(y * np.log(a), axis=0)))
