# From an independent tester (round 59): dense_forward adds b.ravel() (shape (N,)), which numpy broadcasts along the batch axis instead of the unit axis.
# kind: bug
# fails: test_dense_forward: b.ravel()
# %% dense_forward
def dense_forward(W, b, a_prev, activation):
    z = W @ a_prev + b.ravel()
    return z, activation(z)
