# From an independent tester (round 126): sigmoid_layer_backward: sigma' as a secant of the reference sigmoid through np.linspace(z-h, z+h, 2) and np.ediff1d.
# kind: other
# fails: test_sigmoid_layer: not the exact derivative
# flagged: divides a difference of two evaluations
# %% sigmoid_layer_backward
def sigmoid_layer_backward(da, z, a_prev):
    z = np.asarray(z, dtype=float)
    pts = np.linspace(z - 1e-6, z + 1e-6, 2)
    vals = sigmoid(pts)
    slope = (vals[1] - vals[0]) / (pts[1] - pts[0])
    return dense_backward(np.asarray(da) * slope, a_prev)
