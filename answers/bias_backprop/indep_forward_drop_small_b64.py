# From an independent tester (round 132): dense_forward in float64 that leaves out bias entries below 1e-3 in size (wrong for small biases)
# kind: bug
# fails: test_dense_forward: of dense_forward
# %% dense_forward
def dense_forward(W, b, a_prev, activation):
    b = np.where(np.abs(b) < 1e-3, 0.0, b)
    z = W @ a_prev + b
    return z, activation(z)
