# From an independent tester (round 118): dense_backward works "in float32 for speed" with astype(copy=False) then divides in place: mutates dz when it is float32.
# kind: bug
# fails: test_dense_backward_dW: float32 dz and a_prev) changed its argument `dz` in place
# fails: test_dense_backward_db: float32 dz and a_prev) changed its argument `dz` in place
# %% dense_backward
def dense_backward(dz, a_prev):
    B = dz.shape[1]
    d = dz.astype(np.float32, copy=False)
    d /= B
    return d @ np.asarray(a_prev, dtype=np.float32).T, d.sum(axis=1, keepdims=True)
