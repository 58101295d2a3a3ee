# From an independent tester: dense_forward applies the activation to the input a_prev (before the affine map)
# and returns z twice.
# fails: test_dense_forward: the activation is applied to the input a_prev
# %% dense_forward
def dense_forward(W, b, a_prev, activation):
    z = W @ activation(a_prev) + b
    return z, z
