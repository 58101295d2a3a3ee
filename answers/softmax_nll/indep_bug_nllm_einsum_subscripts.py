# From an independent tester (round 50).
# The message said "a shape mismatch? ... a cache an earlier call left behind"; numpy's words were about np.einsum.
# Bug (nllm): np.einsum('...,...->', ...) on 2-D arrays, whose subscripts name no axis: einsum refuses the call.
# fails: test_nllm: np.einsum's subscripts do not fit its operands
# %% nllm
def nllm(a, y):
    a = np.asarray(a, dtype=float)
    y = np.asarray(y, dtype=float)
    return float(-np.einsum("...,...->", y, np.log(np.where(y > 0, a, 1.0))))
