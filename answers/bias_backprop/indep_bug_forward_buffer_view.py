# From an independent tester (round 36).
# out= buffer reused across calls: dense_forward writes z into a module-level buffer (one per shape) and
# returns that buffer itself; a second forward pass of the same shape overwrites the z returned earlier
# (the cache "holds a view later overwritten"). a is a fresh array, so only z goes stale.
# fails: test_dense_forward: dense_forward returned a result (an array, or a list of them) that its next call changed
# %% dense_forward
_buffers = {}


def dense_forward(W, b, a_prev, activation):
    shape = (W.shape[0], a_prev.shape[1])
    if shape not in _buffers:
        _buffers[shape] = np.empty(shape)
    z = _buffers[shape]
    np.matmul(W, a_prev, out=z)
    z += b
    return z, activation(z)
