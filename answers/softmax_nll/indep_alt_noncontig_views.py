# From an independent tester (round 76): Robust to non-contiguous inputs (transposed views, slices): np.matmul on the given views, np.ascontiguousarray copies, nothing written into arguments; plus an experiment cell that calls them on views.
# kind: alt
# %% forward
def forward(x, W1, b1, W2, b2):
    z1 = np.matmul(np.transpose(W1), x) + b1
    a1 = relu(z1)
    z2 = np.matmul(np.transpose(W2), a1) + b2
    a2 = softmax(z2)
    return z1, a1, z2, a2
# %% softmax
def softmax(z):
    z = np.ascontiguousarray(z, dtype=float)
    shifted = z - np.amax(z, axis=0)
    e = np.exp(shifted)
    return e / e.sum(axis=0)
# %% after forward
_rng = np.random.default_rng(3)
_big = _rng.normal(size=(6, 8))
_xv = _big[::2, ::3].T[:2]            # a non-contiguous (2, 3) view
_W1v = _rng.normal(size=(4, 2)).T     # transposed view, (2, 4)
_before = _big.copy()
_out = forward(_xv, _W1v, np.zeros((4, 1)), np.ones((4, 2)), np.zeros((2, 1)))
assert np.array_equal(_big, _before)
print([o.shape for o in _out])
