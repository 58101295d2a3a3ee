# From an independent tester (round 126): dense_backward sets bias-gradient entries below 1e-9 in size to 0 ("numerical noise").
# kind: bug
# fails: test_dense_backward_db: set to 0
# %% dense_backward
def dense_backward(dz, a_prev):
    dW = dz @ a_prev.T / a_prev.shape[1]
    db = dz.mean(axis=1, keepdims=True)
    db[np.abs(db) < 1e-9] = 0.0
    return dW, db
