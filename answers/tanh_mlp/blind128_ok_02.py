# From a blind tester (round 128: the release notebook only, no tests read): explicit double loops in linear_backward, Tanh keeps a float copy of x and recomputes tanh, blocks iterated from a list
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
class Tanh:
    def forward(self, x):
        self.x = np.array(x, dtype=float)  # own copy of the input
        return np.tanh(self.x)

    def backward(self, dy):
        t = np.tanh(self.x)
        return dy * (1.0 - t * t)

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
    out_f, in_f = W.shape
    dx = np.zeros(in_f)
    dW = np.zeros((out_f, in_f))
    db = np.zeros(out_f)
    for i in range(out_f):
        db[i] = dy[i]
        for j in range(in_f):
            dW[i, j] = dy[i] * x[j]
            dx[j] += W[i, j] * dy[i]
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
