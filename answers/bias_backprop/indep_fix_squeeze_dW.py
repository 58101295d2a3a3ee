# From an independent tester (round 106): bug_squeeze_dW after the grader's "wrong shape (6,), expected (6, 1)": dW reshaped back to (N, N_prev).
# kind: other
# score: full
# %% dense_backward
def dense_backward(dz, a_prev):
    B = dz.shape[1]
    dW = np.squeeze(dz @ a_prev.T) / B
    dW = dW.reshape(dz.shape[0], a_prev.shape[0])
    db = np.mean(dz, axis=1, keepdims=True)
    return dW, db
