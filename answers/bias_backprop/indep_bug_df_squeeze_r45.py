# From an independent tester (round 45).
# Its message led with the row layout of the other notebooks; with a batch of one, a squeeze is the likelier slip.
# dense_forward squeezes W @ a_prev "to clean up shapes": for a batch of one, (N,) + (N,1) broadcasts to (N,N).
# fails: test_dense_forward: something was squeezed to 1-D
# %% dense_forward
def dense_forward(W, b, a_prev, activation):
    z = np.squeeze(W @ a_prev) + b
    a = activation(z)
    return z, a
