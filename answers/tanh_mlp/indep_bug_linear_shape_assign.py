# Bug: linear_backward reshapes its arguments by assigning to .shape (x.shape = (1, -1), dy.shape = (-1, 1))
# instead of making reshaped views; values are right but the caller's x and dy become 2-D.
# fails: test_linear_dx: an assignment to dy.shape
# %% linear_backward
def linear_backward(dy, x, W, b):
    """Backward pass of a linear layer.

    Args:
      dy (array): gradient of the loss with respect to the outputs, shape (out_features,).
      x (array):  input, shape (in_features,).
      W (array):  weights, shape (out_features, in_features).
      b (array):  bias, shape (out_features,).

    Returns:
      dx (array): gradient with respect to the input, shape (in_features,).
      dW (array): gradient with respect to W, shape (out_features, in_features).
      db (array): gradient with respect to b, shape (out_features,).
    """
    x.shape = (1, -1)
    dy.shape = (-1, 1)
    dW = dy @ x
    dx = (W.T @ dy).ravel()
    db = dy.ravel()
    return dx, dW, db
