# sigmoid_layer_backward divides by the global variable `batch` (= 5) of the gradcheck demo cell instead of the
# batch size of its own input. Works in the student's kernel when the batch happens to be 5.
# fails: test_sigmoid_layer: batch is defined only in the demonstration cell gradcheck_demo
# %% sigmoid_layer_backward
def sigmoid_layer_backward(da, z, a_prev):
    s = sigmoid(z)
    dz = da * s * (1 - s)
    return dz @ a_prev.T / batch, dz.sum(axis=1, keepdims=True) / batch
