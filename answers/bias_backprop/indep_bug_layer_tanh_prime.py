# From an independent tester (round 35).
# sigmoid_layer_backward inline with the tanh derivative.
# fails: test_sigmoid_layer: db is wrong in its step through the sigmoid, dz = da * sigma'(z): this is the derivative of tanh
# %% sigmoid_layer_backward
def sigmoid_layer_backward(da, z, a_prev):
    dz = da * (1 - np.tanh(z) ** 2)
    return dz @ a_prev.T / dz.shape[1], dz.mean(axis=1, keepdims=True)
