# From a blind tester (round 128: the release notebook only, no tests read): row loop for dW and accumulating dx over rows, stable tanh helper, explicit MLP chain
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
        n = self.diff.shape[0]
        dy = np.multiply(self.diff, 2.0 / n)
        return dy

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
    dW = np.empty(W.shape)
    for i in range(W.shape[0]):
        dW[i, :] = dy[i] * x
    dx = np.zeros(W.shape[1])
    for i in range(W.shape[0]):
        dx = dx + dy[i] * W[i, :]
    db = np.array(dy, dtype=float)
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

    def forward(self, x):
        h = self.fc1.forward(x)
        h = self.activation_fn1.forward(h)
        h = self.fc2.forward(h)
        h = self.activation_fn2.forward(h)
        return self.fc3.forward(h)

    def backward(self, dy):
        d = self.fc3.backward(dy)
        d = self.activation_fn2.backward(d)
        d = self.fc2.backward(d)
        d = self.activation_fn1.backward(d)
        return self.fc1.backward(d)
