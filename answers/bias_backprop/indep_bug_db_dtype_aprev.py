# From an independent tester (round 108): dense_backward averages db with dtype=a_prev.dtype "to keep float32": with integer inputs db is an int mean.
# kind: bug
# fails: test_dense_backward_db
# %% dense_backward
def dense_backward(dz, a_prev):
    B = a_prev.shape[1]
    dW = dz @ a_prev.T / B
    db = np.mean(dz, axis=1, keepdims=True, dtype=a_prev.dtype)
    return dW, db
