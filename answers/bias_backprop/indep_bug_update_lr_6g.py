# From an independent tester (round 125): update_layer rounds the rate to 6 significant digits (formatted for a log line and parsed back).
# kind: bug
# fails: test_update_layer: the learning rate is rounded
# %% update_layer
def update_layer(W, b, dz, a_prev, learning_rate):
    lr = float(f"{learning_rate:.6g}")
    dW, db = dense_backward(dz, a_prev)
    return W - lr * dW, b - lr * db
