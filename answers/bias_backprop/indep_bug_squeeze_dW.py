# From an independent tester (round 106): dense_backward squeezes dW "to tidy it": a layer of one unit (or one input) gets a flat dW of the wrong shape.
# kind: bug
# fails: test_dense_backward_dW
# %% dense_backward
def dense_backward(dz, a_prev):
    B = dz.shape[1]
    dW = np.squeeze(dz @ a_prev.T) / B
    db = np.mean(dz, axis=1, keepdims=True)
    return dW, db
