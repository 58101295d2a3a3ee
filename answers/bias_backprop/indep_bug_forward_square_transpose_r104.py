# From an independent tester (round 104): dense_forward computes the row layout a_prev.T @ W.T + b.T and transposes only if the first axis is not N: when the batch size equals N, z and a come back transposed.
# kind: bug
# fails: test_dense_forward: z is transposed
# %% dense_forward
def dense_forward(W, b, a_prev, activation):
    z = a_prev.T @ W.T + b.T
    if z.shape[0] != W.shape[0]:
        z = z.T
    return z, activation(z)
