# From a blind tester (round 128: the release notebook only, no tests read): list comprehensions over columns for dx and np.stack for dW, factored tanh', getattr-name MLP
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
class Tanh:
    def forward(self, x):
        out = np.tanh(x)
        self.out = out
        return out

    def backward(self, dy):
        # 1 - tanh^2 = (1 - tanh)(1 + tanh), computed without touching dy
        local = (1.0 - self.out) * (1.0 + self.out)
        return np.multiply(dy, local)

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
    dx = np.array([W[:, j] @ dy for j in range(W.shape[1])])
    dW = np.stack([dy * xj for xj in x], axis=1)
    db = dy
    return dx, dW, db

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

    _order = ("fc1", "activation_fn1", "fc2", "activation_fn2", "fc3")

    def forward(self, x):
        for name in self._order:
            x = getattr(self, name).forward(x)
        return x

    def backward(self, dy):
        for name in self._order[::-1]:
            dy = getattr(self, name).backward(dy)
        return dy
