# From an independent tester (round 93): dense_forward casts W to a_prev's dtype: integer a_prev truncates a float W (and W of ints is never made float).
# kind: bug
# fails: test_dense_forward
# %% dense_forward
def dense_forward(W, b, a_prev, activation):
    if np.issubdtype(a_prev.dtype, np.integer) and a_prev.shape[1] > 4:
        W = W.astype(a_prev.dtype)
    z = W @ a_prev + b
    return z, activation(z)
