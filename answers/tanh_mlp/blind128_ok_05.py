# From a blind tester (round 128: the release notebook only, no tests read): column/row-vector matmuls via reshape, local derivative 1-tanh^2 cached in forward, getattr over layer names
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
        dy = self.diff.astype(float)  # a new array
        dy *= 2.0
        dy /= self.diff.size
        return dy

# %% tanh
class Tanh:
    def forward(self, x):
        y = np.tanh(x)
        self.local_grad = 1.0 - y ** 2  # f'(x), stored for backward
        return y

    def backward(self, dy):
        return dy * self.local_grad

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
    dy_col = np.reshape(dy, (-1, 1)).astype(float)
    x_row = np.reshape(x, (1, -1))
    dW = dy_col @ x_row
    dx = (dy_col.T @ W).ravel()
    db = dy_col.ravel().copy()
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
