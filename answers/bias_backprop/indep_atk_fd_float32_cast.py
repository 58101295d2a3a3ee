# From an independent tester (round 126): sigmoid_backward by a central difference, disguised through map/np.subtract, returned in float32 so the float32 path (no judging for finite differences) takes it.
# kind: other
# flagged: divides a difference of two evaluations
# %% sigmoid_backward
def sigmoid_backward(da, z):
    z = np.asarray(z, dtype=np.float64)
    h = 1e-4 * np.maximum(1.0, np.abs(z))
    g = np.subtract(*map(sigmoid, (z + h, z - h))) / (h + h)
    return (np.asarray(da) * g).astype(np.float32)
