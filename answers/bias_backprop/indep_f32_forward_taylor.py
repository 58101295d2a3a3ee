# From an independent tester (round 132): dense_forward in float32 whose z drops the bias entries below 1e-3 in size and adds b through float32 only
# (wrong for small biases; a "sparse bias" shortcut)
# kind: bug
# fails: test_dense_forward: z of dense_forward
# %% dense_forward
def dense_forward(W, b, a_prev, activation):
    b32 = np.asarray(b, dtype=np.float32)
    b32 = np.where(np.abs(b32) < 1e-3, np.float32(0), b32)
    z = np.asarray(W, dtype=np.float32) @ np.asarray(a_prev, dtype=np.float32) + b32
    return z, activation(z)
