# Correct ("float32 is accepted"): linear_backward keeps a float32 copy of x (to save memory) and
# builds dW = outer(dy, x32); dy is float64 so dW comes out float64 carrying x's float32 rounding.
# kind: alt
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
    x32 = x.astype(np.float32)
    return W.T @ dy, np.outer(dy, x32), dy
