# The nllm cell does not parse (an unclosed parenthesis), so nllm is never defined. Only its own test
# loses points: no other answer uses nllm, and backward is graded with a correct nllm.
# fails: test_nllm: name 'nllm' is not defined
# %% nllm
def nllm(a, y):
    return -np.sum(y * np.log(a)
