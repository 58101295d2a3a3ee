# From an independent tester (round 60): a shape error told only 'shapes that do not match, or a cache?'; a square-layer retry names the derivative at a_prev.
# sigmoid_layer_backward takes the sigmoid derivative at the layer's input, a_prev * (1 - a_prev), instead of at sigmoid(z): wrong values, and a shape error unless N == N_prev.
# kind: bug
# self-check: test_sigmoid_layer: takes the sigmoid derivative at a_prev, the layer's input
# fails: test_sigmoid_layer: takes the sigmoid derivative at a_prev, the layer's input
# %% sigmoid_layer_backward
def sigmoid_layer_backward(da, z, a_prev):
    dz = da * a_prev * (1 - a_prev)
    B = da.shape[1]
    return dz @ a_prev.T / B, dz.sum(axis=1, keepdims=True) / B
