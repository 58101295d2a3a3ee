# From an independent tester (round 62): kept full marks (no test passed integer inputs).
# dense_forward: preallocates z with np.zeros_like(a_prev, shape=...) and fills it column by column: the dtype follows a_prev, so integer inputs truncate z (and a) to integers.
# kind: bug
# fails: test_dense_forward: z is truncated to whole numbers
# %% dense_forward
def dense_forward(W, b, a_prev, activation):
    z = np.zeros_like(a_prev, shape=(W.shape[0], a_prev.shape[1]))
    for s in range(a_prev.shape[1]):
        z[:, s] = W @ a_prev[:, s] + b[:, 0]
    return z, activation(z)
