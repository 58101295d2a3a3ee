# From an independent tester (round 63): told 'a shape mismatch? ... or a cache', not numpy's ambiguous truth value.
# softmax built with Python builtins and a list: max(z) / sum(list) over the first axis works for 1-D and (n, 1) inputs, but builtin max on an (n, N>1) batch raises "truth value of an array ... is ambiguous".
# kind: bug
# fails: test_softmax_batch: an array used where Python wants one True or False
# %% softmax
def softmax(z):
    z = np.asarray(z, dtype=float)
    c = max(z)
    exps = [np.exp(v - c) for v in z]
    return np.array(exps) / sum(exps)
