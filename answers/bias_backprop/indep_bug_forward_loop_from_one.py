# From an independent tester (round 50).
# The message said "wrong in 2 of 8 entries at index (1, 0)": neither that the wrong entries are column 0 nor that
# they are 0. Bug (dense_forward): the loop over the samples starts at 1, so column 0 of z (the first sample) stays 0.
# fails: test_dense_forward: exactly columns [0]; the other columns are right. The wrong entries are 0, and they are column 0: never computed by a loop that starts at 1
# %% dense_forward
def dense_forward(W, b, a_prev, activation):
    B = a_prev.shape[1]
    z = np.zeros((W.shape[0], B))
    for s in range(1, B):
        z[:, s] = W @ a_prev[:, s] + b[:, 0]
    return z, activation(z)
