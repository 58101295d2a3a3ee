# From an independent tester (round 47).
# sigmoid_layer_backward clips z to [-10, 10] "to avoid overflow" before sigma': for |z| > 10 the derivative is
# sigma'(10) ~ 4.5e-5 instead of ~0.
# fails: test_sigmoid_layer: z is clipped to [-10, 10] before sigma'(z)
# %% sigmoid_layer_backward
def sigmoid_layer_backward(da, z, a_prev):
    s = sigmoid(np.clip(z, -10, 10))
    dz = da * s * (1 - s)
    return dense_backward(dz, a_prev)
