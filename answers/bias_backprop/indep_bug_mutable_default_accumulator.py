# A running collection that is never reset: the per-sample bias gradients are appended to a mutable default
# argument (a list shared by all calls), and db averages over every sample seen so far, in this call and all
# earlier ones. The first call is right; later calls mix in old samples. dW is correct.
# fails: test_dense_backward_db: keep something from an earlier call
# fails: test_dense_backward_dW: keep something from an earlier call
# %% dense_backward
def dense_backward(dz, a_prev, _seen=[]):
    B = dz.shape[1]
    dW = dz @ a_prev.T / B
    for s in range(B):
        _seen.append(dz[:, [s]])
    db = sum(_seen) / len(_seen)
    return dW, db
