# dense_forward forgets the bias.
# fails: test_dense_forward: z is W a_prev without the bias
# %% dense_forward
def dense_forward(W, b, a_prev, activation):
    z = W @ a_prev
    return z, activation(z)
