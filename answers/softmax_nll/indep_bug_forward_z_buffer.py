# From an independent tester (round 86): forward keeps z1 and z2 in per-shape buffers (function attribute) filled with matmul(out=) and returns them: a later call with the same sizes overwrites the z1, z2 returned earlier.
# kind: bug
# fails: test_forward
# %% forward
def forward(x, W1, b1, W2, b2):
    bufs = forward.__dict__.setdefault("_bufs", {})
    N = np.shape(x)[1]
    k1 = (W1.shape[1], N)
    k2 = (W2.shape[1], N)
    if k1 not in bufs:
        bufs[k1] = np.empty(k1)
    if k2 not in bufs:
        bufs[k2] = np.empty(k2)
    z1 = np.matmul(W1.T, x, out=bufs[k1])
    z1 += b1
    a1 = relu(z1)
    z2 = np.matmul(W2.T, a1, out=bufs[k2])
    z2 += b2
    a2 = softmax(z2)
    return z1, a1, z2, a2
