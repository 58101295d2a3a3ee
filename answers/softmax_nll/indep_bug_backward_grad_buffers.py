# From an independent tester (round 37).
# backward writes dW1, db1, dW2, db2 into buffers reused while the shapes repeat: gradients handed out by an
# earlier call change on the next call (a training loop that keeps the previous gradient, e.g. for momentum,
# sees it overwritten).
# fails: test_backward: that its next call changed
# %% backward
_GB = {}

def backward(x, y, W1, b1, W2, b2):
    """Gradients into reused buffers (bug)."""
    key = (x.shape, W1.shape, W2.shape)
    if key not in _GB:
        _GB[key] = (np.empty(W1.shape), np.empty(b1.shape), np.empty(W2.shape), np.empty(b2.shape))
    dW1, db1, dW2, db2 = _GB[key]
    z1, a1, z2, a2 = forward(x, W1, b1, W2, b2)
    dz2 = a2 - y
    dz1 = (W2 @ dz2) * (z1 > 0)
    dW1[...] = x @ dz1.T; db1[...] = dz1.sum(axis=1, keepdims=True)
    dW2[...] = a1 @ dz2.T; db2[...] = dz2.sum(axis=1, keepdims=True)
    return dW1, db1, dW2, db2
