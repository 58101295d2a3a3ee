# dense_backward averages db but not dW: dW = dz a_prev^T, the gradient of the summed cost.
# fails: test_dense_backward_dW: summed over the batch instead of averaged
# fails: test_sigmoid_layer: summed over the batch instead of averaged
# %% dense_backward
def dense_backward(dz, a_prev):
    dW = dz @ a_prev.T
    db = dz.mean(axis=1, keepdims=True)
    return dW, db
