# From an independent tester (round 106): update_layer formats the learning rate with two decimals (for a log line) and uses the rounded value: 0.1 and 0.05 survive, 0.003 or 0.125 do not.
# kind: bug
# fails: test_update_layer
# %% update_layer
def update_layer(W, b, dz, a_prev, learning_rate):
    lr = float(f"{learning_rate:.2f}")
    dW, db = dense_backward(dz, a_prev)
    return W - lr * dW, b - lr * db
