# dense_backward returns dW = a_prev dz^T / B, the transpose of the weight gradient (shape (N_prev, N)).
# fails: test_dense_backward_dW: it is transposed (values match the transpose)
# %% dense_backward
def dense_backward(dz, a_prev):
    B = a_prev.shape[1]
    dW = a_prev @ dz.T / B
    db = dz.mean(axis=1, keepdims=True)
    return dW, db
