# From an independent tester (round 71): partial: only sigmoid_layer_backward answered, calling sigmoid_backward and dense_backward, which are left blank: its test keeps full marks (graded with correct helpers).
# kind: other
# base: blank
# fails: test_sigmoid_backward
# fails: test_dense_forward
# fails: test_dense_backward_dW
# fails: test_dense_backward_db
# fails: test_update_layer
# %% sigmoid_layer_backward
def sigmoid_layer_backward(da, z, a_prev):
    dz = sigmoid_backward(da, z)
    return dense_backward(dz, a_prev)
