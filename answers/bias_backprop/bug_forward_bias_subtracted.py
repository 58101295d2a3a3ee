# dense_forward subtracts the bias: z = W a_prev - b.
# fails: test_dense_forward: the sign of b is flipped
# %% dense_forward
def dense_forward(W, b, a_prev, activation):
    z = W @ a_prev - b
    return z, activation(z)
