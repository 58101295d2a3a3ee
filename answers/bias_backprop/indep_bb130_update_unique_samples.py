# From an independent tester (round 130): update_layer: repeated input samples (same column of a_prev) dropped before the step.
# kind: bug
# fails: test_update_layer: repeated samples counted once
# %% update_layer
def update_layer(W, b, dz, a_prev, learning_rate):
    _, keep = np.unique(np.asarray(a_prev, dtype=float), axis=1, return_index=True)
    keep = np.sort(keep)
    dW, db = dense_backward(dz[:, keep], a_prev[:, keep])
    return W - learning_rate * dW, b - learning_rate * db
