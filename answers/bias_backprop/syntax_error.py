# The dense_backward cell does not parse (an unclosed parenthesis), so dense_backward is never defined;
# the sigmoid step and the forward pass still earn their points.
# fails: test_dense_backward_dW: name 'dense_backward' is not defined
# fails: test_dense_backward_db: name 'dense_backward' is not defined
# fails: test_bias_update: name 'dense_backward' is not defined
# fails: test_sigmoid_layer: name 'dense_backward' is not defined
# %% dense_backward
def dense_backward(dz, a_prev):
    dW = (dz @ a_prev.T / a_prev.shape[1]
    db = dz.mean(axis=1, keepdims=True)
    return dW, db
