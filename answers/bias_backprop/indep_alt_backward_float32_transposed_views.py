# From an independent tester (round 76): dense_backward in float32 through transposed views (a_prev.T, dz.T are non-contiguous, never written); update_layer inline without calling dense_backward, returns a tuple of new arrays.
# kind: alt
# %% dense_backward
def dense_backward(dz, a_prev):
    dzT = np.asarray(dz, dtype=np.float32).T      # (B, N) view
    aT = np.asarray(a_prev, dtype=np.float32).T   # (B, N_prev) view
    B = np.float32(dzT.shape[0])
    dW = (dzT.T @ aT) / B
    db = dzT.sum(axis=0)[:, None] / B
    return dW, db
# %% update_layer
def update_layer(W, b, dz, a_prev, learning_rate):
    B = dz.shape[1]
    dW = dz @ a_prev.T / B
    db = np.sum(dz, axis=1, keepdims=True) / B
    return W - learning_rate * dW, b - learning_rate * db
# %% after update_layer
_W = np.arange(6.0).reshape(2, 3).T  # a transposed (non-contiguous) 3x2 layer
_b = np.zeros((3, 1)); _dz = np.ones((3, 1)); _a = np.ones((2, 1))
_Wn, _bn = update_layer(_W, _b, _dz, _a, 0.0)  # learning rate 0: nothing moves
assert np.array_equal(_Wn, _W) and np.array_equal(_bn, _b) and _bn.shape == (3, 1)
print("zero learning rate, batch of one, transposed W: ok")
