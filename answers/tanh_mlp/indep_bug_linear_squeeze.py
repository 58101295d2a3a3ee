# From an independent tester (round 8): db kept full marks: no hidden layer had one output.
# Student squeezes every gradient "to get 1-D shapes": right unless a layer has 1 input or 1 output.
# fails: test_linear_dx: shape
# fails: test_linear_dW: shape
# fails: test_linear_db: shape
# %% linear_backward
def linear_backward(dy, x, W, b):
    dx = np.squeeze(W.T @ dy)
    dW = np.squeeze(np.outer(dy, x))
    db = np.squeeze(dy)
    return dx, dW, db
