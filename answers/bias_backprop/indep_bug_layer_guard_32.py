# From an independent tester (round 106): sigmoid_layer_backward zeroes sigma' beyond |z| = 32 (the prose says the layer needs the same care as sigmoid_backward).
# kind: bug
# fails: test_sigmoid_layer
# %% sigmoid_layer_backward
def sigmoid_layer_backward(da, z, a_prev):
    e = np.exp(-np.abs(z))
    dz = np.where(np.abs(z) > 32, 0.0, da * e / (1 + e) ** 2)
    return dense_backward(dz, a_prev)
