# Pasted from an AI assistant: type hints, docstrings, np.asarray, shape checks that raise ValueError
# (all of them hold for every valid input, including one-element arrays), float casts. Correct.
# kind: alt
# %% mse_loss
from typing import Tuple

class MSELoss:
    def forward(self, y, target):
        """Mean squared error c = mean((y - target)**2)."""
        self.diff = diff = y - target  # kept for backward
        c = np.sum(np.square(diff)) / diff.size
        return c

    def backward(self) -> np.ndarray:
        """Gradient of the mean squared error with respect to the prediction y."""
        assert hasattr(self, 'diff'), "Need to call forward() first"
        diff = np.asarray(self.diff)
        n = diff.size
        if n == 0:
            raise ValueError("Cannot compute the MSE gradient of an empty array.")
        grad = (2.0 / n) * diff
        return grad
# %% tanh
class Tanh:
    """Hyperbolic tangent activation with a cached output for the backward pass."""

    def forward(self, x: np.ndarray) -> np.ndarray:
        """Apply tanh element-wise and cache the result."""
        x = np.asarray(x)
        if x.ndim != 1:
            raise ValueError(f"Expected a 1-D input, got shape {x.shape}")
        y = np.tanh(x)
        self._y = y  # cache on the instance, not the class
        return y

    def backward(self, dy: np.ndarray) -> np.ndarray:
        """Chain rule: dx = dy * (1 - tanh(x)^2)."""
        if not hasattr(self, "_y"):
            raise RuntimeError("forward() must be called before backward().")
        dy = np.asarray(dy)
        if dy.shape != self._y.shape:
            raise ValueError(f"dy has shape {dy.shape}, expected {self._y.shape}")
        local_grad = 1.0 - np.square(self._y)
        return dy * local_grad
# %% linear_backward
def linear_backward(dy, x, W, b) -> Tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Backward pass of a linear layer y = W x + b.

    Returns dx (in_features,), dW (out_features, in_features), db (out_features,).
    """
    dy = np.asarray(dy)
    x = np.asarray(x)
    W = np.asarray(W)
    if dy.ndim != 1 or x.ndim != 1:
        raise ValueError("dy and x must be 1-D arrays")
    out_features, in_features = W.shape
    if dy.shape[0] != out_features:
        raise ValueError(f"dy has {dy.shape[0]} entries but W has {out_features} rows")
    if x.shape[0] != in_features:
        raise ValueError(f"x has {x.shape[0]} entries but W has {in_features} columns")
    dx = W.T.dot(dy)
    dW = dy.reshape(out_features, 1) * x.reshape(1, in_features)
    db = np.array(dy, copy=True)
    return dx, dW, db
# %% mlp
class MLP:
    """Two-hidden-layer tanh MLP: fc1 -> tanh -> fc2 -> tanh -> fc3."""

    def __init__(self, in_features, hidden_size1, hidden_size2, out_features):
        self.fc1 = Linear(in_features, hidden_size1)
        self.activation_fn1 = Tanh()
        self.fc2 = Linear(hidden_size1, hidden_size2)
        self.activation_fn2 = Tanh()
        self.fc3 = Linear(hidden_size2, out_features)

    def forward(self, x: np.ndarray) -> np.ndarray:
        """Run the network on one sample."""
        x = np.asarray(x)
        if x.ndim != 1:
            raise ValueError(f"Expected a single 1-D sample, got shape {x.shape}")
        h1 = self.activation_fn1.forward(self.fc1.forward(x))
        h2 = self.activation_fn2.forward(self.fc2.forward(h1))
        y = self.fc3.forward(h2)
        return y

    def backward(self, dy: np.ndarray) -> np.ndarray:
        """Backpropagate dL/dy through all blocks and return dL/dx."""
        dy = np.asarray(dy)
        if dy.ndim != 1:
            raise ValueError(f"Expected a 1-D gradient, got shape {dy.shape}")
        g = self.fc3.backward(dy)
        g = self.activation_fn2.backward(g)
        g = self.fc2.backward(g)
        g = self.activation_fn1.backward(g)
        dx = self.fc1.backward(g)
        return dx
