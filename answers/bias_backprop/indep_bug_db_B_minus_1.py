# Off-by-one from the "sample variance" habit: db divided by (B - 1) instead of B. Also division by zero for a
# batch of one (inf/nan). dW is correct.
# fails: test_dense_backward_db: divided by B - 1
# %% dense_backward
def dense_backward(dz, a_prev):
    B = dz.shape[1]
    dW = dz @ a_prev.T / B
    db = dz.sum(axis=1, keepdims=True) / max(B - 1, 1) if B > 1 else dz.sum(axis=1, keepdims=True) / (B - 1 + 1e-300)
    return dW, db
