# From an independent tester (round 94): Copies W and b only when they are float64; float32 parameters (accepted by the notebook) are updated in place, modifying the caller's W and b.
# kind: bug
# fails: test_update_layer
# %% update_layer
def update_layer(W, b, dz, a_prev, learning_rate):
    dW, db = dense_backward(dz, a_prev)
    W_new = W.copy() if W.dtype == np.float64 else W
    b_new = b.copy() if b.dtype == np.float64 else b
    W_new -= (learning_rate * dW).astype(W_new.dtype)
    b_new -= (learning_rate * db).astype(b_new.dtype)
    return W_new, b_new
