# From an independent tester (round 107): update_layer skips work when the bias gradient is zero and returns b itself (not a new array), and W itself when dW is zero.
# fails: test_update_layer: returned its argument W itself
# %% update_layer
def update_layer(W, b, dz, a_prev, learning_rate):
    dW, db = dense_backward(dz, a_prev)
    W_new = W if not np.any(dW) else W - learning_rate * dW
    b_new = b if not np.any(db) else b - learning_rate * db
    return W_new, b_new
