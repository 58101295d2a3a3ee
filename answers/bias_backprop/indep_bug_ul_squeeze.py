# From an independent tester (round 44).
# Bug in update_layer: the bias step is done on squeezed arrays and re-columned with [:, None]; for N=1 the 0-d result cannot be indexed.
# fails: test_update_layer: has an axis of length 1
# %% update_layer
def update_layer(W, b, dz, a_prev, learning_rate):
    dW, db = dense_backward(dz, a_prev)
    b_new = np.squeeze(b) - learning_rate * np.squeeze(db)
    return W - learning_rate * dW, b_new[:, np.newaxis]
