# From an independent tester (round 119): update_layer reshapes b "to be safe" then subtracts in place: reshape is a view, so b itself changes.
# kind: bug
# fails: test_update_layer: or a view of it sharing its memory
# %% update_layer
def update_layer(W, b, dz, a_prev, learning_rate):
    dW, db = dense_backward(dz, a_prev)
    W_new = W - learning_rate * dW
    b_new = b.reshape(-1, 1)
    b_new -= learning_rate * db
    return W_new, b_new
