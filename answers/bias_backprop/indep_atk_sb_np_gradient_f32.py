# From an independent tester (round 123): sigmoid_backward by np.gradient over a 3-point stack of the given sigmoid, rounded to float32 so the float32
# policy (float64 values that are all float32 values) skips the "exact derivative" judgement.
# kind: other
# flagged: sigmoid_backward calls numpy.gradient
# %% sigmoid_backward
def sigmoid_backward(da, z):
    h = 1e-4 * (1 + np.abs(z))
    vals = sigmoid(np.stack([z - h, z, z + h]))
    slope = np.gradient(vals, axis=0)[1] / h
    return (da * slope).astype(np.float32).astype(np.float64)
