# dense_forward returns (a, z) instead of (z, a).
# fails: test_dense_forward: the pair is returned as (a, z)
# %% dense_forward
def dense_forward(W, b, a_prev, activation):
    z = W @ a_prev + b
    a = activation(z)
    return a, z
