# From an independent tester (round 8): the message did not say the gradients depend on earlier calls.
# backward accumulates into gradient buffers kept on the function (PyTorch habit: "zero_grad" forgotten). The
# first call is right; every later call with the same shapes returns the running sum.
# fails: test_backward: from one call to the next
# fails: test_W2_update: backward
# fails: test_W1_update: backward
# %% backward
def backward(x, y, W1, b1, W2, b2):
    z1, a1, z2, a2 = forward(x, W1, b1, W2, b2)
    dz2 = a2 - y
    dz1 = (W2 @ dz2) * (z1 > 0)
    new = [x @ dz1.T, dz1.sum(axis=1, keepdims=True), a1 @ dz2.T, dz2.sum(axis=1, keepdims=True)]
    buf = backward.__dict__.setdefault("grads", [])
    if len(buf) != 4 or any(b.shape != g.shape for b, g in zip(buf, new)):
        buf[:] = [np.zeros_like(g) for g in new]
    for b, g in zip(buf, new):
        b += g
    return tuple(b.copy() for b in buf)
