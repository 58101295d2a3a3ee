# From an independent tester (round 37).
# relu writes its result into a module-level buffer reused whenever the shape repeats: a result handed out
# earlier changes when relu is called again with the same shape.
# fails: test_relu: that its next call changed
# %% relu
_BUF = {}

def relu(z):
    """ReLU into a reused buffer (bug)."""
    z = np.asarray(z, dtype=float)
    out = _BUF.get(z.shape)
    if out is None:
        out = _BUF[z.shape] = np.empty(z.shape)
    np.maximum(z, 0, out=out)
    return out
