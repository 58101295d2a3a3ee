# From an independent tester (round 70): backward keeps the first call's forward pass in a global dict and reuses it
# on every later call. The cache filled by test_backward's calls is reused in the worked cell, which stops with a
# ValueError, so W2_new, W1_new and net_out_new are never stored. Their messages said backward "does not work yet",
# which the student's own run contradicts; they now say what test_backward tells about it.
# kind: bug
# fails: test_backward
# fails: test_W2_update: can look right in your own run
# fails: test_W1_update: can look right in your own run
# fails: test_output_after
# %% backward
_cache = {}
def backward(x, y, W1, b1, W2, b2):
    if "fwd" not in _cache:
        _cache["fwd"] = forward(x, W1, b1, W2, b2)
    z1, a1, z2, a2 = _cache["fwd"]
    dz2 = a2 - y
    dz1 = (W2 @ dz2) * (z1 > 0)
    return x @ dz1.T, dz1.sum(axis=1, keepdims=True), a1 @ dz2.T, dz2.sum(axis=1, keepdims=True)
