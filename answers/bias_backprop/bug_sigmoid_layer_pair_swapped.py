# sigmoid_layer_backward returns its pair in the wrong order, (db, dW).
# fails: test_sigmoid_layer: returned (db, dW): the pair must be (dW, db)
# %% sigmoid_layer_backward
def sigmoid_layer_backward(da, z, a_prev):
    dW, db = dense_backward(sigmoid_backward(da, z), a_prev)
    return db, dW
