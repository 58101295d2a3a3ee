# The dense_backward cell does not parse (an unclosed parenthesis), so dense_backward is never defined. Its two
# tests fail; every other test keeps its points: update_layer and sigmoid_layer_backward call dense_backward,
# and their tests give them the reference one.
# fails: test_dense_backward_dW: name 'dense_backward' is not defined
# fails: test_dense_backward_db: name 'dense_backward' is not defined
# %% dense_backward
def dense_backward(dz, a_prev):
    dW = (dz @ a_prev.T / a_prev.shape[1]
    db = dz.mean(axis=1, keepdims=True)
    return dW, db
