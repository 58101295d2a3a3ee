# The student's dense_backward has an extra keyword `scale`, and update_layer calls it with scale=1.0.
# The notebook says other tasks' functions are the instructor's when graded and take only documented
# arguments, so this is a rule violation: the call fails when graded, though the self-check passes.
# fails: test_update_layer: TypeError: raised by your update_layer: the instructor's dense_backward, given in place of yours, says: got an unexpected keyword argument 'scale'
# %% dense_backward
def dense_backward(dz, a_prev, scale=None):
    if scale is None:
        scale = 1.0 / dz.shape[1]
    return scale * (dz @ a_prev.T), scale * dz.sum(axis=1, keepdims=True)
# %% update_layer
def update_layer(W, b, dz, a_prev, learning_rate):
    dW, db = dense_backward(dz, a_prev, scale=1.0 / dz.shape[1])
    return W - learning_rate * dW, b - learning_rate * db
