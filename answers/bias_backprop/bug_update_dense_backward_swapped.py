# update_layer calls dense_backward(a_prev, dz): numpy raises on the test's shapes. The test runs it again on a
# square layer, where the shapes fit, and names what it computes there.
# fails: test_update_layer: the transpose of dW: dense_backward's arguments swapped?
# %% update_layer
def update_layer(W, b, dz, a_prev, learning_rate):
    dW, db = dense_backward(a_prev, dz)
    return W - learning_rate * dW, b - learning_rate * db
