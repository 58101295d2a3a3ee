# From a blind tester (round 128: the release notebook only, no tests read): np.dot / np.multiply.outer with +0.0 to force floats, float32-preserving Tanh, named intermediate variables in MLP
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
        # d/dy mean((y-t)^2) = 2 (y-t) / n
        return np.true_divide(2.0 * self.diff, self.diff.size)

# %% tanh
class Tanh:
    def forward(self, x):
        x = np.asarray(x)
        if not np.issubdtype(x.dtype, np.floating):
            x = x.astype(float)
        self.y = np.tanh(x)  # keeps float32 as float32
        return self.y

    def backward(self, dy):
        dy = np.asarray(dy)
        one = np.ones((), dtype=self.y.dtype)
        return dy * (one - self.y * self.y)

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
    dx = np.dot(dy, W) + 0.0
    dW = np.multiply.outer(dy, x) + 0.0
    db = dy + np.zeros_like(b, dtype=float)
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
        z1 = self.fc1.forward(x)
        a1 = self.activation_fn1.forward(z1)
        z2 = self.fc2.forward(a1)
        a2 = self.activation_fn2.forward(z2)
        y = self.fc3.forward(a2)
        return y

    def backward(self, dy):
        da2 = self.fc3.backward(dy)
        dz2 = self.activation_fn2.backward(da2)
        da1 = self.fc2.backward(dz2)
        dz1 = self.activation_fn1.backward(da1)
        dx = self.fc1.backward(dz1)
        return dx
