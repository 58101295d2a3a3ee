# dense_backward averages db but not dW: dW = dz a_prev^T, the gradient of the summed cost. Only dense_backward's
# dW test fails: update_layer and sigmoid_layer_backward call dense_backward, but their tests give them the
# reference one (independence).
# fails: test_dense_backward_dW: summed over the batch instead of averaged
# %% dense_backward
def dense_backward(dz, a_prev):
    dW = dz @ a_prev.T
    db = dz.mean(axis=1, keepdims=True)
    return dW, db
