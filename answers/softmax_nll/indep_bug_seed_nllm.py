# Seed student's nllm: -np.sum(y * np.log(a.T)): the transpose makes (n,1)*(1,n) broadcast to an (n,n) table,
# summing y_i log a_j over all pairs (gives 3.5 instead of 2.303 on the example).
# fails: test_nllm: broadcasts to an (n, n) array
# %% nllm
def nllm(a, y):
    return -np.sum(y * np.log(a.T))
