# From an independent tester (round 132): sigmoid_backward in float32 with sigma' = 0 beyond |z| = 16 (both sides; float32 itself gives 0 only beyond +17)
# kind: bug
# fails: test_sigmoid_backward: sets sigma' to 0 beyond some |z|
# %% sigmoid_backward
def sigmoid_backward(da, z):
    z32 = np.asarray(z, dtype=np.float32)
    s = np.float32(1) / (np.float32(1) + np.exp(-z32))
    d = np.where(np.abs(z32) > 16, np.float32(0), s * (np.float32(1) - s))
    return np.asarray(da, dtype=np.float32) * d
