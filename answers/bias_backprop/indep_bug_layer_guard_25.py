# From an independent tester (round 72): sigmoid_layer_backward writes sigma' out again with a guard setting it to 0 where |z| > 25 (passes the visible checks).
# kind: bug
# fails: test_sigmoid_layer: a guard that sets
# %% sigmoid_layer_backward
def sigmoid_layer_backward(da, z, a_prev):
    s = sigmoid(z)
    sp = np.where(np.abs(z) > 25, 0.0, s * (1 - s))
    dz = da * sp
    B = dz.shape[1]
    return dz @ a_prev.T / B, dz.mean(axis=1, keepdims=True)
