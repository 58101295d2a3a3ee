# From an independent tester (round 37).
# dense_backward: dW is new each call, but db is a module-level buffer reused per N (a result handed out earlier
# changes on the next call). The bug is in db only, so the db test should take the points, not the dW test.
# fails: test_dense_backward_db: returned db, one of the arrays it returns, that its next call changed
# %% dense_backward
_B = {}
def dense_backward(dz, a_prev):
    B = dz.shape[1]
    if dz.shape[0] not in _B:
        _B[dz.shape[0]] = np.empty((dz.shape[0], 1))
    db = _B[dz.shape[0]]
    np.sum(dz, axis=1, keepdims=True, out=db); db /= B
    return dz @ a_prev.T / B, db
