# loss_derivative clips y_hat to [1e-4, 1 - 1e-4] "to avoid division by zero": wrong (by up to orders of
# magnitude) for confident predictions y_hat < 1e-4 or > 1 - 1e-4, which are legal; a test with y_hat only in
# [0.01, 0.99] misses it.
# Round 34: kept the points (no checked y_hat within 3e-3 of 0 or 1); a hidden check now has y_hat within 1e-4.
# fails: test_loss: loss_derivative
# %% loss
def loss(y, y_hat):
    """Binary cross-entropy of each example. y, y_hat: shape (n, 1) -> shape (n, 1)."""
    return -(y * np.log(y_hat) + (1 - y) * np.log(1 - y_hat))


def loss_derivative(y, y_hat):
    """Derivative of each example's loss with respect to y_hat. Shapes (n, 1) -> (n, 1)."""
    p = np.clip(y_hat, 1e-4, 1 - 1e-4)
    return -y / p + (1 - y) / (1 - p)
