# From an independent tester (round 93): update_layer rounds the learning rate to 2 decimals: 0.1 and 0.05 survive, 0.003 becomes 0 and 0.125 becomes 0.12.
# kind: bug
# fails: test_update_layer: the learning rate rounded to 2 decimals
# %% update_layer
def update_layer(W, b, dz, a_prev, learning_rate):
    lr = round(learning_rate, 2)
    dW, db = dense_backward(dz, a_prev)
    return W - lr * dW, b - lr * db
