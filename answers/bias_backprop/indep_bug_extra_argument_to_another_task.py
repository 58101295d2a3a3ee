# NOTE after grading: sigmoid_layer_backward passes average= to dense_backward; the grader substitutes the
# reference dense_backward (documented signature, no average=), so this fails there with a TypeError.
# Extra keyword arguments with defaults (average=True, backward=None, clip=None), all harmless at default.
# update_layer does not call dense_backward but computes the gradients itself via mean over samples
# of outer products with np.add.at for the bias.
# By the course's rule this sigmoid_layer_backward is wrong (a round-15 helper wrote it as correct): graded, it calls
# the instructor's dense_backward, which takes only (dz, a_prev): the message must say so.
# fails: test_sigmoid_layer: the instructor's dense_backward, given in place of yours, says: got an unexpected keyword argument 'average'
# %% sigmoid_backward
def sigmoid_backward(da, z, activation_value=None):
    s = 1.0 / (1.0 + np.exp(-z)) if activation_value is None else activation_value
    return da * (s * (1.0 - s))
# %% dense_forward
def dense_forward(W, b, a_prev, activation, return_dict=False):
    z = W @ a_prev + b
    a = activation(z)
    if return_dict:
        return {"z": z, "a": a}
    return z, a
# %% dense_backward
def dense_backward(dz, a_prev, average=True):
    dW = dz @ a_prev.T
    db = np.zeros((dz.shape[0], 1))
    rows = np.repeat(np.arange(dz.shape[0]), dz.shape[1])
    np.add.at(db[:, 0], rows, dz.ravel())
    if average:
        dW, db = dW / dz.shape[1], db / dz.shape[1]
    return dW, db
# %% update_layer
def update_layer(W, b, dz, a_prev, learning_rate, backward=None, clip=None):
    if backward is None:
        B = dz.shape[1]
        dW = np.mean(dz[:, None, :] * a_prev[None, :, :], axis=2)
        db = np.mean(dz, axis=1).reshape(b.shape)
    else:
        dW, db = backward(dz, a_prev)
    if clip is not None:
        dW, db = np.clip(dW, -clip, clip), np.clip(db, -clip, clip)
    return W - learning_rate * dW, b - learning_rate * db
# %% sigmoid_layer_backward
def sigmoid_layer_backward(da, z, a_prev, average=True):
    return dense_backward(sigmoid_backward(da, z), a_prev, average=average)
