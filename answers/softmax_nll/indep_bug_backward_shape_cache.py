# "Optimised" backward that caches the forward pass in a mutable default argument keyed on x.shape: the
# second call with a batch of the same shape but different weights (or inputs) reuses the first call's
# activations, so its gradients are stale. A single call (the worked question) is right in a fresh kernel,
# but when graded the hidden checks of test_backward (which include 2-4-2 networks with N=1) fill the cache
# for x of shape (2, 1) first, so the worked cell's backward call returns stale gradients too.
# fails: test_backward: keep something from one call to the next
# fails: test_W2_update: builds on your backward
# fails: test_W1_update: builds on your backward
# fails: test_output_after
# %% backward
def backward(x, y, W1, b1, W2, b2, _cache={}):
    key = x.shape
    if key not in _cache:
        _cache[key] = forward(x, W1, b1, W2, b2)
    z1, a1, z2, a2 = _cache[key]
    dz2 = a2 - y
    dW2 = a1 @ dz2.T
    db2 = dz2.sum(axis=1, keepdims=True)
    dz1 = (W2 @ dz2) * (z1 > 0)
    dW1 = x @ dz1.T
    db1 = dz1.sum(axis=1, keepdims=True)
    return dW1, db1, dW2, db2
