# From an independent tester (round 44).
# Bug in dense_backward: db squeezed then reshaped with len(db); for a layer with one unit (N=1) squeeze gives a 0-d array and len() fails. (Round 72: the dW test tries a layer of one unit too, and fails it as well.)
# fails: test_dense_backward_db: has an axis of length 1
# fails: test_dense_backward_dW: has an axis of length 1
# %% dense_backward
def dense_backward(dz, a_prev):
    B = dz.shape[1]
    dW = dz @ a_prev.T / B
    db = np.squeeze(np.mean(dz, axis=1))
    return dW, db.reshape(len(db), 1)
