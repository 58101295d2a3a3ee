# From an independent tester (round 35).
# nllm with a stray factor 2 (student confuses with the binary NLL written twice); the visible batch has N = 2.
# fails: test_nllm: twice the right value
# %% nllm
def nllm(a, y):
    return float(-2 * np.sum(y * np.log(a)))
