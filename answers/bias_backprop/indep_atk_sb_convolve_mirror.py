# From an independent tester (round 127): sigmoid_backward estimated: central difference of sigmoid(-|z|) (mirror, no cancellation near 1), stencil by np.convolve
# kind: other
# fails: test_sigmoid_backward: not the exact derivative
# flagged: calls numpy.convolve
# %% sigmoid_backward
def sigmoid_backward(da, z):
    u = -np.abs(np.asarray(z, dtype=float)).ravel()
    h = 10.0 ** -5
    g = np.repeat(u, 2)
    g[0::2] += h
    g[1::2] -= h
    f = 1.0 / (1.0 + np.exp(-g))
    d = np.convolve(f, [-1.0, 1.0], mode="valid")[0::2] / (2 * h)
    return da * d.reshape(np.shape(z))
