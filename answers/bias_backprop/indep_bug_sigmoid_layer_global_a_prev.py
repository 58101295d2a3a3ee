# From an independent tester (round 74): sigmoid_layer_backward names its third parameter a_in but passes the notebook global a_prev (the gradcheck demo's data, shape (3, 5)) to dense_backward.
# kind: bug
# fails: test_sigmoid_layer
# %% sigmoid_layer_backward
def sigmoid_layer_backward(da, z, a_in):
    dz = sigmoid_backward(da, z)
    return dense_backward(dz, a_prev)
