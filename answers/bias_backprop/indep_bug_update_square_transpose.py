# From an independent tester (round 104): update_layer computes its own dW in row layout and transposes it only when the shape differs from W's: a square layer steps with dW transposed.
# kind: bug
# fails: test_update_layer: the transpose of dW
# %% update_layer
def update_layer(W, b, dz, a_prev, learning_rate):
    B = dz.shape[1]
    dW = a_prev @ dz.T / B
    if dW.shape != W.shape:
        dW = dW.T
    db = dz.mean(axis=1, keepdims=True)
    return W - learning_rate * dW, b - learning_rate * db
