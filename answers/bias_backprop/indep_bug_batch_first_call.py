# Bug: the batch size is stored in a module-level global on the first call and reused afterwards
# (the student meant to "remember B"), so later calls with another batch size divide by the wrong B.
# fails: test_dense_backward_dW: or kept from the first call
# fails: test_dense_backward_db: or kept from the first call
# %% dense_backward
_BATCH = None

def dense_backward(dz, a_prev):
    global _BATCH
    if _BATCH is None:
        _BATCH = dz.shape[1]
    dW = dz @ a_prev.T / _BATCH
    db = dz.sum(axis=1, keepdims=True) / _BATCH
    return dW, db
