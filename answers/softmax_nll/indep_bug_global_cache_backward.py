# From an independent tester (round 36).
# Ported "cache from the forward call": forward stores its results in a global _CACHE; backward reads
# _CACHE instead of running forward, so it uses whatever the last forward call computed (wrong call).
# fails: test_backward: Or does it use arrays an earlier call left behind
# self-check: test_backward: Or does it use arrays an earlier call left behind
# %% forward
_CACHE = {}
def forward(x, W1, b1, W2, b2):
    z1 = W1.T @ x + b1
    a1 = relu(z1)
    z2 = W2.T @ a1 + b2
    a2 = softmax(z2)
    _CACHE.update(z1=z1, a1=a1, z2=z2, a2=a2)
    return z1, a1, z2, a2
# %% backward
def backward(x, y, W1, b1, W2, b2):
    z1, a1, a2 = _CACHE["z1"], _CACHE["a1"], _CACHE["a2"]
    dz2 = a2 - y
    dz1 = (W2 @ dz2) * (z1 > 0)
    return x @ dz1.T, dz1.sum(1, keepdims=True), a1 @ dz2.T, dz2.sum(1, keepdims=True)
