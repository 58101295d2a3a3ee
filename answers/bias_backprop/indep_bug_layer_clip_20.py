# From an independent tester (round 92): sigmoid_layer_backward writes sigma-prime out again with z clipped to [-20, 20].
# kind: bug
# fails: test_sigmoid_layer: clipped to [-20, 20]
# %% sigmoid_layer_backward
def sigmoid_layer_backward(da, z, a_prev):
    s = 1 / (1 + np.exp(-np.clip(z, -20, 20)))
    dz = da * s * (1 - s)
    return dense_backward(dz, a_prev)
