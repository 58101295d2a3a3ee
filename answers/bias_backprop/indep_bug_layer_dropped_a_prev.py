# From an independent tester (round 79): Bug: sigmoid_layer_backward drops the parameter a_prev and reads the global a_prev of the gradcheck demo cell: TypeError (3 arguments given to a 2-parameter function).
# kind: bug
# Was told only "often a call with the wrong number or kind of arguments".
# fails: test_sigmoid_layer: sigmoid_layer_backward takes (da, z), and the task's sigmoid_layer_backward takes (da, z, a_prev)
# %% sigmoid_layer_backward
def sigmoid_layer_backward(da, z):
    dz = sigmoid_backward(da, z)
    return dense_backward(dz, a_prev)
