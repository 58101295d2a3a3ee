# Chain rule applied in the wrong order: the student averages the incoming gradient over the batch first
# (dense_backward on da) and multiplies by the batch-averaged sigmoid derivative afterwards, i.e.
# db = mean_s(da_s) * mean_s(sigma'(z_s)) instead of mean_s(da_s * sigma'(z_s)); same for dW.
# Exact for a batch of one, wrong for B > 1.
# fails: test_sigmoid_layer: the mean of a product is not the product
# %% sigmoid_layer_backward
def sigmoid_layer_backward(da, z, a_prev):
    dW, db = dense_backward(da, a_prev)
    s = sigmoid(z)
    ds = (s * (1 - s)).mean(axis=1, keepdims=True)     # (N, 1)
    return dW * ds, db * ds
