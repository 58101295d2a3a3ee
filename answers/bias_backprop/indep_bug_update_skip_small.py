# From an independent tester (round 126): update_layer skips (leaves unchanged) entries whose step is below 1e-9 in size, "to avoid noise".
# kind: bug
# fails: test_update_layer: the step is dropped
# %% update_layer
def update_layer(W, b, dz, a_prev, learning_rate):
    dW, db = dense_backward(dz, a_prev)
    sW, sb = learning_rate * dW, learning_rate * db
    sW = np.where(np.abs(sW) < 1e-9, 0.0, sW)
    sb = np.where(np.abs(sb) < 1e-9, 0.0, sb)
    return W - sW, b - sb
