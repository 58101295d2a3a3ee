# dense_forward computes a_prev @ W + b: numpy raises on the test's shapes; the message names the shapes, the
# product z = W @ a_prev + b should be, and (from a square layer, where it runs) the operands that are swapped.
# fails: test_dense_forward: z is a_prev @ W + b: the operands of the product are swapped
# %% dense_forward
def dense_forward(W, b, a_prev, activation):
    z = a_prev @ W + b
    return z, activation(z)
