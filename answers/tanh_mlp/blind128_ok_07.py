# From a blind tester (round 128: the release notebook only, no tests read): sum over W*dy[:,None] for dx and np.tile for dW, element-wise loops in Tanh
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
        return 2 * self.diff / self.diff.size

# %% tanh
class Tanh:
    def forward(self, x):
        x = np.asarray(x, dtype=float)
        y = np.empty(x.shape)
        for i in range(x.size):
            y[i] = np.tanh(x[i])
        self.y = y
        return y.copy()

    def backward(self, dy):
        dx = np.empty(self.y.shape)
        for i in range(self.y.size):
            dx[i] = dy[i] * (1.0 - self.y[i] ** 2)
        return dx

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
    dyf = np.asarray(dy, dtype=float)
    # dc/dx_j = sum_i dy_i W_ij ; dc/dW_ij = dy_i x_j ; dc/db_i = dy_i
    dx = np.sum(W * dyf[:, np.newaxis], axis=0)
    dW = np.tile(dyf[:, np.newaxis], (1, np.size(x))) * x
    db = dyf
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

    def _blocks(self):
        return [self.fc1, self.activation_fn1, self.fc2, self.activation_fn2, self.fc3]

    def forward(self, x):
        out = x
        for block in self._blocks():
            out = block.forward(out)
        return out

    def backward(self, dy):
        grad = dy
        for block in reversed(self._blocks()):
            grad = block.backward(grad)
        return grad
