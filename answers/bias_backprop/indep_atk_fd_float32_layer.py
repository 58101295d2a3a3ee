# From an independent tester (round 126): sigmoid_layer_backward: sigma' by a central difference (np.subtract(*map(...))), relative step, dz cast to float32 before dense_backward, so the float32 path (no finite-difference judging) takes it.
# kind: other
# flagged: divides a difference of two evaluations
# %% sigmoid_layer_backward
def sigmoid_layer_backward(da, z, a_prev):
    z = np.asarray(z, dtype=np.float64)
    h = 1e-4 * np.maximum(1.0, np.abs(z))
    g = np.subtract(*map(sigmoid, (z + h, z - h))) / (h + h)
    dz = (np.asarray(da) * g).astype(np.float32)
    dW, db = dense_backward(dz, np.asarray(a_prev, dtype=np.float32))
    return dW, db
