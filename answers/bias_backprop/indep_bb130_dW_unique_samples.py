# From an independent tester (round 130): dense_backward: repeated samples (same input and same dz) counted once, for dW and db.
# kind: bug
# fails: test_dense_backward_dW: repeated samples counted once
# fails: test_dense_backward_db: repeated samples counted once
# %% dense_backward
def dense_backward(dz, a_prev):
    both = np.vstack([np.asarray(dz, dtype=float), np.asarray(a_prev, dtype=float)])
    _, keep = np.unique(both, axis=1, return_index=True)
    keep = np.sort(keep)
    dz, a_prev = dz[:, keep], a_prev[:, keep]
    batch = a_prev.shape[1]
    return dz @ a_prev.T / batch, dz.mean(axis=1, keepdims=True)
