# From an independent tester (round 132): sigmoid_backward in float64 with sigma' set to 0 beyond |z| = 20, plus a dummy float32 computation so that the
# kernel's watch reports "computed in float32" and the tail checks are skipped
# kind: bug
# fails: test_sigmoid_backward: sets sigma' to 0 beyond some |z|
# %% sigmoid_backward
def sigmoid_backward(da, z):
    _unused = np.float32(1.0) * np.float32(2.0)
    s = sigmoid(z)
    d = s * (1.0 - s)
    d = np.where(np.abs(z) > 20, 0.0, d)
    return da * d
