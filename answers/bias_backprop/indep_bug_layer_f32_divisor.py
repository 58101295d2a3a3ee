# From an independent tester (round 127): sigmoid_layer_backward in float32 averages over B * 1.0005 (a "safe" divisor): dW and db off by 5e-4.
# float32 is accepted at float32 precision (2e-5 of the largest entry); before, at 1e-3, this kept the points.
# kind: bug
# fails: test_sigmoid_layer: a constant factor off by 5.0e-04
# %% sigmoid_layer_backward
def sigmoid_layer_backward(da, z, a_prev):
    z32 = np.clip(np.asarray(z, np.float32), -80, 80)
    s = 1 / (1 + np.exp(-z32))
    dz = np.asarray(da, np.float32) * s * (1 - s)
    n = np.float32(a_prev.shape[1] * 1.0005)
    return dz @ np.asarray(a_prev, np.float32).T / n, dz.sum(axis=1, keepdims=True) / n
