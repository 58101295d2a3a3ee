# TWO BUGS in two functions: sigmoid_prime evaluated as if z were already the sigmoid's output
# (z * (1 - z), derivative at the wrong point), and decision_grid reshapes the predictions to the
# transposed grid shape (cols, rows) and transposes back - right for square grids only, wrong for the
# 5 x 7 grid. Each should cost only its own test.
# fails: test_sigmoid: sigmoid_prime
# fails: test_decision_grid
# %% activations
def sigmoid(z):
    """Logistic sigmoid 1 / (1 + exp(-z)), element-wise; same shape as z."""
    return 1.0 / (1.0 + np.exp(-z))


def relu(z):
    """ReLU max(0, z), element-wise; same shape as z."""
    return np.maximum(0, z)


def sigmoid_prime(z):
    """Derivative of the sigmoid at z (the sigmoid's input), element-wise; same shape as z."""
    return z * (1 - z)


def relu_prime(z):
    """Derivative of the ReLU at z: 1 where z > 0, 0 elsewhere; same shape as z."""
    return (z > 0) * 1.0
# %% decision_grid
def decision_grid(params, G1, G2):
    """Predicted class (0 or 1) at every grid point."""
    pts = np.c_[G1.ravel(), G2.ravel()]
    p = yhat(pts, params)
    rows, cols = G1.shape
    return (p.reshape(cols, rows).T >= 0.5).astype(float)
