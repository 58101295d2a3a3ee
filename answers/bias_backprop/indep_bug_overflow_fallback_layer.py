# From an independent tester (round 118): sigmoid_layer_backward: on any overflow, the whole batch's sigmoid becomes a hard step, so every dz is 0.
# kind: bug
# fails: test_sigmoid_layer: does a fallback for the overflow
# %% sigmoid_layer_backward
def sigmoid_layer_backward(da, z, a_prev):
    try:
        with np.errstate(over="raise"):
            s = 1.0 / (1.0 + np.exp(-z))
    except FloatingPointError:
        s = (z > 0).astype(float)
    dz = da * s * (1.0 - s)
    return dense_backward(dz, a_prev)
