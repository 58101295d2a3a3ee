# From an independent tester (round 130): dense_backward: db averaged over the distinct columns of dz (np.unique, "duplicate samples counted once");
# wrong whenever two samples have the same gradient (two samples on target, repeated XOR inputs).
# kind: bug
# fails: test_dense_backward_db: repeated samples counted once
# %% dense_backward
def dense_backward(dz, a_prev):
    batch = a_prev.shape[1]
    dW = dz @ a_prev.T / batch
    db = np.unique(dz, axis=1).mean(axis=1, keepdims=True)
    return dW, db
