# From an independent tester (round 105): update_layer clips the gradient norm to 10 before the step (gradient clipping), changing steps with large gradients.
# kind: bug
# fails: test_update_layer: gradient clipping by the norm
# %% update_layer
def update_layer(W, b, dz, a_prev, learning_rate):
    dW, db = dense_backward(dz, a_prev)
    norm = np.sqrt(np.sum(dW ** 2) + np.sum(db ** 2))
    if norm > 10.0:
        dW, db = 10 * dW / norm, 10 * db / norm
    return W - learning_rate * dW, b - learning_rate * db
