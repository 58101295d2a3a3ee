# From an independent tester (round 122): sigmoid_backward pairs da and z by memory order: right when both are C-contiguous (every test input), wrong when
# one of them is a transposed view.
# kind: bug
# fails: test_sigmoid_backward: Fortran order
# %% sigmoid_backward
def sigmoid_backward(da, z):
    s = sigmoid(np.ravel(z, order="K"))
    d = np.ravel(da, order="K") * s * (1.0 - s)
    return d.reshape(np.shape(z)).copy()
