# From an independent tester (round 132): update_layer in float32 with a weight decay of 1e-6 slipped in (W - lr (dW + 1e-6 W), same for b)
# kind: bug
# fails: test_update_layer: a weight decay or a constant factor
# %% update_layer
def update_layer(W, b, dz, a_prev, learning_rate):
    dW, db = dense_backward(dz, a_prev)
    lr = np.float32(learning_rate)
    W32, b32 = W.astype(np.float32), b.astype(np.float32)
    return W32 - lr * (dW.astype(np.float32) + np.float32(1e-6) * W32), b32 - lr * (db.astype(np.float32) + np.float32(1e-6) * b32)
