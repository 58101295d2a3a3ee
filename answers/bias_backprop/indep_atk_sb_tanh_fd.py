# From an independent tester (round 123): sigmoid_backward: central difference of np.tanh (sigma(x) = (1 + tanh(x/2))/2) on a shifted copy built with
# np.add.outer, rounded to float32.
# kind: other
# flagged: sigmoid_backward divides a difference
# %% sigmoid_backward
def sigmoid_backward(da, z):
    u = np.asarray(z, dtype=float) / 2
    t = np.tanh(np.add.outer(np.array([1e-5, -1e-5]), u))
    slope = (t[0] - t[1]) / 4e-5 * 0.5 * 0.5 * 2
    return (da * slope).astype(np.float32).astype(np.float64)
