# From an independent tester (round 132): sigmoid_backward float64 with sigma' = 0 beyond |z| = 16 and a dummy float32 op
# kind: bug
# fails: test_sigmoid_backward: sets sigma' to 0 beyond some |z|
# %% sigmoid_backward
def sigmoid_backward(da, z):
    np.ones(1, np.float32).sum()
    s = sigmoid(z)
    return da * np.where(np.abs(z) > 16, 0.0, s * (1.0 - s))
