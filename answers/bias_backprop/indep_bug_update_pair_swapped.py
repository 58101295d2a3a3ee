# From an independent tester (round 62): the message gave b_new's shape, (4, 3), not that it is W's (the pair unpacked in the wrong order).
# update_layer: unpacks the pair in the wrong order, db, dW = dense_backward(...): W is moved by db (broadcast over columns), b by dW (b becomes (N, N_prev)).
# kind: bug
# fails: test_update_layer: Is the pair from dense_backward unpacked in the wrong order?
# self-check: test_update_layer: Is the pair from dense_backward unpacked in the wrong order?
# %% update_layer
def update_layer(W, b, dz, a_prev, learning_rate):
    db, dW = dense_backward(dz, a_prev)
    return W - learning_rate * dW, b - learning_rate * db
