# From an independent tester (round 42).
# sigmoid_layer_backward inlines sigma' as e^z/(1+e^z)^2: inf/inf = nan for z >= 710.
# fails: test_sigmoid_layer: far from 0 (|z| from 710 to 1000) is nan
# %% sigmoid_layer_backward
def sigmoid_layer_backward(da, z, a_prev):
    dz = da * np.exp(z) / (1 + np.exp(z)) ** 2
    return dense_backward(dz, a_prev)
