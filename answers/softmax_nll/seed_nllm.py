# The seed's nllm, -sum(y * log(a.T)): right for 1-D arrays, but for a and y of shape (n, 1) the
# product broadcasts to an (n, n) array and the loss takes the log of every entry of a.
# fails: test_nllm: it takes the log of every entry of a
# %% nllm
def nllm(a, y):
    return -np.sum(y * np.log(a.T))
