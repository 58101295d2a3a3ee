# From a blind tester (round 128: the release notebook only, no tests read): broadcasting dy[:,None]*x[None,:], dx = dy@W returned as a list, numerically stable tanh via exp(-2|x|), functools.reduce MLP
# kind: alt
# base: blank
# %% mse_loss
class MSELoss:
    def forward(self, y, target):
        """Mean squared error c = mean((y - target)**2).

        Args:
          y (array):      the prediction, e.g. a network's output, shape (n_features,).
          target (array): the target, shape (n_features,).

        Returns:
          c (float): the loss.
        """
        self.diff = diff = y - target  # kept for backward
        c = np.sum(np.square(diff)) / diff.size
        return c

    def backward(self):
        """
        Returns:
          dy (array): gradient of the loss with respect to y, shape (n_features,).
        """
        assert hasattr(self, 'diff'), "Need to call forward() first"
        scale = 2.0 / np.prod(self.diff.shape)
        return scale * self.diff

# %% tanh
def _stable_tanh(x):
    x = np.asarray(x, dtype=float)
    e = np.exp(-2.0 * np.abs(x))  # in (0, 1], never overflows
    return np.sign(x) * (1.0 - e) / (1.0 + e)


class Tanh:
    def forward(self, x):
        self.cache = _stable_tanh(x)
        return self.cache

    def backward(self, dy):
        return np.asarray(dy, dtype=float) * (1.0 - np.square(self.cache))

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
    dy = np.asarray(dy, dtype=float)
    dx = dy @ W
    dW = dy[:, None] * x[None, :]
    db = dy.copy()
    return [dx, dW, db]

# %% mlp
class MLP:
    def __init__(self, in_features, hidden_size1, hidden_size2, out_features):
        """Multilayer perceptron with two tanh hidden layers.

        Args:
          in_features (int): number of inputs.
          hidden_size1 (int): number of units in the first hidden layer.
          hidden_size2 (int): number of units in the second hidden layer.
          out_features (int): number of outputs.
        """
        self.fc1 = Linear(in_features, hidden_size1)
        self.activation_fn1 = Tanh()
        self.fc2 = Linear(hidden_size1, hidden_size2)
        self.activation_fn2 = Tanh()
        self.fc3 = Linear(hidden_size2, out_features)

    def forward(self, x):
        import functools
        order = (self.fc1, self.activation_fn1, self.fc2, self.activation_fn2, self.fc3)
        return functools.reduce(lambda v, blk: blk.forward(v), order, x)

    def backward(self, dy):
        import functools
        order = (self.fc3, self.activation_fn2, self.fc2, self.activation_fn1, self.fc1)
        return functools.reduce(lambda g, blk: blk.backward(g), order, dy)
