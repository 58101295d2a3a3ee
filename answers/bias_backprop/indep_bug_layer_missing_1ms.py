# From an independent tester (round 35).
# sigmoid_layer_backward inline: forgets the (1 - s) factor, dz = da * sigmoid(z).
# fails: test_sigmoid_layer: the factor (1 - sigma(z)) of sigma'(z) = sigma(z) (1 - sigma(z)) is missing
# %% sigmoid_layer_backward
def sigmoid_layer_backward(da, z, a_prev):
    dz = da * sigmoid(z)
    return dz @ a_prev.T / dz.shape[1], dz.mean(axis=1, keepdims=True)
