# From an independent tester (round 127): dense_forward in float32 adds the bias scaled by 1.0005 (e.g. a leftover momentum-like factor): z off by up to 5e-4 of b.
# float32 is accepted at float32 precision (2e-5 of the largest entry); before, at 1e-3, this kept the points.
# kind: bug
# fails: test_dense_forward: z of dense_forward
# %% dense_forward
def dense_forward(W, b, a_prev, activation):
    z = np.asarray(W, np.float32) @ np.asarray(a_prev, np.float32) + np.float32(1.0005) * np.asarray(b, np.float32)
    return z, activation(z)
