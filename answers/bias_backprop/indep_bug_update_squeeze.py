# From an independent tester (round 102): update_layer computes db itself after np.squeeze(dz): with a single sample b moves by the mean of dz over units.
# kind: bug
# fails: test_update_layer: without squeezing
# %% update_layer
def update_layer(W, b, dz, a_prev, learning_rate):
    dW, _ = dense_backward(dz, a_prev)
    db = np.squeeze(dz).mean(axis=-1).reshape(-1, 1)
    return W - learning_rate * dW, b - learning_rate * db
