# From an independent tester (round 76): update_layer flattens db with .ravel() before the step: b - lr * db broadcasts (N, 1) against (N,) into an (N, N) "bias" -> test_update_layer.
# kind: bug
# fails: test_update_layer
# %% update_layer
def update_layer(W, b, dz, a_prev, learning_rate):
    dW, db = dense_backward(dz, a_prev)
    return W - learning_rate * dW, b - learning_rate * db.ravel()
