# From an independent tester (round 108): update_layer returns W and b themselves (not new arrays) when learning_rate == 0.
# kind: bug
# fails: test_update_layer: returned its argument
# %% update_layer
def update_layer(W, b, dz, a_prev, learning_rate):
    if learning_rate == 0:
        return W, b
    dW, db = dense_backward(dz, a_prev)
    return W - learning_rate * dW, b - learning_rate * db
