# From an independent tester (round 92): sigmoid_layer_backward writes sigma-prime out again with z clipped to [-30, 30].
# kind: bug
# fails: test_sigmoid_layer
# %% sigmoid_layer_backward
def sigmoid_layer_backward(da, z, a_prev):
    s = 1 / (1 + np.exp(-np.clip(z, -30, 30)))
    dz = da * s * (1 - s)
    return dense_backward(dz, a_prev)
