# From an independent tester (round 128): sigmoid_layer_backward writing its own derivative with a floor at 1e-30 under sigma'
# kind: bug
# fails: test_sigmoid_layer: is sigma' floored
# %% sigmoid_layer_backward
def sigmoid_layer_backward(da, z, a_prev):
    s = sigmoid(z)
    dz = da * np.maximum(s * (1.0 - s), 1e-30)
    return dense_backward(dz, a_prev)
