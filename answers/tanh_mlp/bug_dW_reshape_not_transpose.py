# From an independent helper (round 4): linear_backward forms dW as np.outer(x, dy), of shape (inputs, outputs),
# and gets W's shape with reshape instead of a transpose, so the right numbers sit in the wrong entries. The
# message only located the wrong entries; it now says reshape reorders nothing and names .T.
# fails: test_linear_dW: reshape keeps the order of the entries; to transpose, use .T
# %% linear_backward
def linear_backward(dy, x, W, b):
    dx = W.T @ dy
    dW = np.outer(x, dy).reshape(W.shape)  # (inputs, outputs) read into (outputs, inputs): not a transpose
    db = dy
    return dx, dW, db
