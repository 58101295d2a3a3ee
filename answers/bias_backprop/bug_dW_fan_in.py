# dense_backward divides dW by a_prev.shape[0], the layer's number of inputs, instead of a_prev.shape[1], the
# batch size: dW is off by the ratio batch size / fan-in (5/3 in the visible check), and the message says so.
# fails: test_dense_backward_dW: batch size / fan-in
# %% dense_backward
def dense_backward(dz, a_prev):
    n = a_prev.shape[0]
    dW = dz @ a_prev.T / n
    db = dz.mean(axis=1, keepdims=True)
    return dW, db
